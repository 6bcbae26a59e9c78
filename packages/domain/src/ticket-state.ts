import { type AssistanceLevel, assistanceLevelOf } from './assistance.js';
import { addDays, daysBetween, type IsoDate } from './date.js';
import type { AcademieTeam, EscalationTarget, Handler, Ticket } from './ticket.js';

/** Where a ticket can stand: still open, or resolved. */
export const TICKET_STATUSES = ['open', 'resolved'] as const;
/** Whether a ticket is open or resolved on a day. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Where a ticket stands on a given day, replayed from its history. */
export interface TicketState {
  readonly ref: string;
  readonly status: TicketStatus;
  /** Who the committee counts it under: `national` while escalated, else the académie team. */
  readonly handler: Handler;
  /** The last académie team in charge, even while the ticket is escalated. */
  readonly team: AcademieTeam;
  readonly level: AssistanceLevel;
  readonly escalatedTo: EscalationTarget | null;
  /** Whole days from the opening to the reference date. */
  readonly ageDays: number;
  /** Still open and opened more than `staleAfterDays` whole days before the reference date. */
  readonly openOverThreshold: boolean;
  /** The day of the last resolution, when resolved. */
  readonly resolvedOn: IsoDate | null;
}

/** The committee's "en cours de plus de 15 j": open for more than this many whole days. */
export const DEFAULT_STALE_AFTER_DAYS = 15;

/** Where a ticket stands on a day, without its age: what the table needs for each ticket. */
export interface TicketPosition {
  readonly status: TicketStatus;
  readonly handler: Handler;
  readonly team: AcademieTeam;
  readonly escalatedTo: EscalationTarget | null;
  readonly resolvedOn: IsoDate | null;
}

type MutablePosition = { -readonly [k in keyof TicketPosition]: TicketPosition[k] };

/**
 * Replays into `into` the events of a ticket's history dated on or before `asOf` and returns
 * it; `null` when the ticket was opened after `asOf`. Hot loops pass one scratch object for all
 * tickets so that counting hundreds of thousands of tickets allocates nothing per ticket.
 */
export function replayTicket(ticket: Ticket, asOf: IsoDate, into: MutablePosition): TicketPosition | null {
  if (ticket.openedOn > asOf) return null;
  into.status = 'open';
  into.team = ticket.team;
  into.escalatedTo = null;
  into.resolvedOn = null;
  for (const event of ticket.history) {
    // `continue`, not `break`: a history out of order must not hide an earlier event.
    if (event.on > asOf) continue;
    switch (event.kind) {
      case 'requalified':
        into.team = event.to;
        break;
      case 'escalated':
        into.escalatedTo = event.to;
        break;
      case 'returned':
        into.escalatedTo = null;
        into.team = event.to;
        break;
      case 'resolved':
        into.status = 'resolved';
        into.resolvedOn = event.on;
        break;
      case 'reopened':
        into.status = 'open';
        into.resolvedOn = null;
        break;
    }
  }
  into.handler = into.escalatedTo === null ? into.team : 'national';
  return into;
}

/** A scratch position for {@link replayTicket}. */
export function scratchPosition(): MutablePosition {
  return { status: 'open', handler: 'SI2C', team: 'SI2C', escalatedTo: null, resolvedOn: null };
}

/**
 * Where a ticket stands as of `asOf`, replayed from its history; `null` when the ticket was
 * opened after `asOf`. A ticket escalated to the national services or to the integrator is
 * handled by `national` until it is returned to an académie team.
 */
export function ticketPositionAt(ticket: Ticket, asOf: IsoDate): TicketPosition | null {
  return replayTicket(ticket, asOf, scratchPosition());
}

/**
 * The first day on which a ticket opened is not yet over the threshold as of `asOf`: an open
 * ticket opened before this day has `ageDays > staleAfterDays`. Comparing ISO strings against
 * it spares parsing every ticket's date when counting many tickets.
 */
export function staleCutoff(asOf: IsoDate, staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS): IsoDate {
  return addDays(asOf, -staleAfterDays);
}

/**
 * The state of a ticket as of `asOf` (see {@link ticketPositionAt}) with its age in whole days
 * and whether it is still open after more than `staleAfterDays` days; `null` when the ticket was
 * opened after `asOf`.
 */
export function ticketStateAt(
  ticket: Ticket,
  asOf: IsoDate,
  staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS,
): TicketState | null {
  const position = ticketPositionAt(ticket, asOf);
  if (position === null) return null;
  const ageDays = daysBetween(ticket.openedOn, asOf);
  return {
    ref: ticket.ref,
    ...position,
    level: position.escalatedTo === null ? 'academie' : assistanceLevelOf(position.escalatedTo),
    ageDays,
    openOverThreshold: position.status === 'open' && ageDays > staleAfterDays,
  };
}
