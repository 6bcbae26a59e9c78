import type { IsoDate } from './date.js';
import type { Uai } from './uai.js';

/** How a request reached the assistance. Only ITOP is the official entry point. */
export type TicketChannel = 'itop' | 'mail' | 'phone' | 'visio';
/** The académie's level-1 teams: business (SI2C) and technical (DRASI). */
export type AcademieTeam = 'SI2C' | 'DRASI';
/** Who handles a ticket at a date, as the committee counts it. */
export type Handler = AcademieTeam | 'national';
/** Levels beyond the académie that a ticket can be escalated to. */
export type EscalationTarget = 'c2s-montpellier' | 'daf' | 'guerande' | 'integrator';
export type Environment = 'production' | 'sandbox';
export type Sphere = 'ordonnateur' | 'gestionnaire' | 'agent-comptable';

/** One step of a ticket's history after it was opened. */
export type TicketEvent =
  | { readonly kind: 'requalified'; readonly on: IsoDate; readonly to: AcademieTeam; readonly by?: string }
  | { readonly kind: 'escalated'; readonly on: IsoDate; readonly to: EscalationTarget; readonly by?: string }
  | { readonly kind: 'returned'; readonly on: IsoDate; readonly to: AcademieTeam; readonly by?: string }
  | { readonly kind: 'resolved'; readonly on: IsoDate; readonly by?: string }
  | { readonly kind: 'reopened'; readonly on: IsoDate; readonly by?: string };

/** The connected user a ticket is about, as the slides ask to describe them. */
export interface Requester {
  readonly lastName?: string;
  readonly firstName?: string;
  /** Function in the EPLE, e.g. "gestionnaire", "agent comptable". */
  readonly function?: string;
}

/** An assistance request. Its history is kept in order; nothing is overwritten. */
export interface Ticket {
  /** Reference, e.g. `R-012345` for ITOP. */
  readonly ref: string;
  readonly channel: TicketChannel;
  /** ITOP service the ticket was filed under; the slides ask for `op@le`. */
  readonly service?: string;
  readonly title: string;
  readonly openedOn: IsoDate;
  /** The EPLE concerned, when known. */
  readonly uai?: Uai;
  /** The team first in charge; by default the one named by the title's prefix. */
  readonly team: AcademieTeam;
  readonly requester?: Requester;
  readonly environment?: Environment;
  readonly sphere?: Sphere;
  readonly operations?: string;
  readonly screenshots?: number;
  readonly errorMessage?: string;
  readonly history: readonly TicketEvent[];
}
