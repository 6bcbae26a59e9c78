import type { IsoDate } from './date.js';
import type { Uai } from './uai.js';

/** Every channel a request can arrive by. */
export const TICKET_CHANNELS = ['itop', 'mail', 'phone', 'visio'] as const;
/** How a request reached the assistance. Only ITOP is the official entry point. */
export type TicketChannel = (typeof TICKET_CHANNELS)[number];
/** The académie's level-1 teams. */
export const ACADEMIE_TEAMS = ['SI2C', 'DRASI'] as const;
/** The académie's level-1 teams: business (SI2C) and technical (DRASI). */
export type AcademieTeam = (typeof ACADEMIE_TEAMS)[number];
/** Who can handle a ticket: the national level while it is escalated, else an académie team. */
export const HANDLERS = ['national', ...ACADEMIE_TEAMS] as const;
/** Who handles a ticket at a date, as the committee counts it. */
export type Handler = (typeof HANDLERS)[number];
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
  /** How many screenshots are joined; when their names are known, as many as {@link Ticket.screenshotNames}. */
  readonly screenshots?: number;
  /**
   * The file names of the screenshots joined, e.g. `capture-erreur-mandat.png`, in the order
   * given; absent for the records that only counted them.
   */
  readonly screenshotNames?: readonly string[];
  readonly errorMessage?: string;
  readonly history: readonly TicketEvent[];
}

/** The services beyond the académie, national first, then the integrator. */
export const ESCALATION_TARGETS: readonly EscalationTarget[] = [
  'c2s-montpellier',
  'daf',
  'guerande',
  'integrator',
];
export const ENVIRONMENTS: readonly Environment[] = ['production', 'sandbox'];
export const SPHERES: readonly Sphere[] = ['ordonnateur', 'gestionnaire', 'agent-comptable'];
/** The changes a ticket's history records, in the order the API offers them. */
export const TICKET_CHANGE_KINDS = [
  'requalified',
  'escalated',
  'returned',
  'resolved',
  'reopened',
] as const satisfies readonly TicketEvent['kind'][];
/** A change of a ticket: the kind of one {@link TicketEvent}. */
export type TicketChangeKind = (typeof TICKET_CHANGE_KINDS)[number];
/** The kinds of a ticket's events: the {@link TICKET_CHANGE_KINDS}. */
export const TICKET_EVENT_KINDS: readonly TicketEvent['kind'][] = TICKET_CHANGE_KINDS;

/** A ticket title split into the team its prefix names and the words that follow. */
export interface TitleParts {
  readonly team: AcademieTeam | null;
  /** The title after the prefix and its separators; the whole trimmed title when there is no prefix. */
  readonly rest: string;
}

// Users write the prefix in many ways ("SI2C - …", "drasi: …", "[SI2C] …"); the team name must
// stand alone so that a word merely starting with it ("DRASIE") is not taken for a prefix.
const TITLE_PREFIX = /^\s*[[(]?\s*(SI2C|DRASI)(?![\p{L}\p{N}])\s*[\])]?[\s\-–—:|/.,;_]*/iu;

/** Splits a title into the team named by its prefix (`SI2C` or `DRASI`, any case) and the rest. */
export function parseTicketTitle(title: string): TitleParts {
  const m = TITLE_PREFIX.exec(title);
  if (!m) return { team: null, rest: title.trim() };
  return { team: (m[1] as string).toUpperCase() as AcademieTeam, rest: title.slice(m[0].length).trim() };
}

/**
 * The team a title's prefix names, as the slides ask users to start their ticket: `SI2C` for a
 * business question, `DRASI` for a technical one; `null` when the title names neither.
 */
export function teamFromTitle(title: string): AcademieTeam | null {
  return parseTicketTitle(title).team;
}
