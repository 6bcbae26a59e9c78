import type { AssistanceLevel } from './assistance.js';
import type { Dataset } from './dataset.js';
import type { IsoDate } from './date.js';
import type { AcademieTeam, EscalationTarget, Handler, Ticket, TicketChannel } from './ticket.js';
import { checkTicket } from './ticket-check.js';
import { type TicketState, type TicketStatus, ticketStateAt } from './ticket-state.js';
import type { Uai } from './uai.js';
import { planAsOf } from './wave-history.js';

/**
 * Which tickets a list shows. Every criterion left out (or an empty string) lets every ticket
 * through; those on the state are read as of the list's day.
 */
export interface TicketFilter {
  /** `national`, `SI2C` or `DRASI`: who handles it, as the committee counts it. */
  readonly handler?: Handler;
  readonly status?: TicketStatus;
  /** The académie team in charge, even while the ticket is escalated. */
  readonly team?: AcademieTeam;
  readonly level?: AssistanceLevel;
  /** Open for more than 15 days (`true`), or not (`false`). */
  readonly overThreshold?: boolean;
  /** At least this many whole days old. */
  readonly minAgeDays?: number;
  readonly uai?: Uai | string;
  /** The wave of the ticket's EPLE; a ticket without an EPLE belongs to no wave. */
  readonly waveId?: string;
  /** How the request came: `itop`, or outside ITOP by `mail`, `phone` or `visio`. */
  readonly channel?: TicketChannel;
  /** Opened on this day or later. */
  readonly openedFrom?: IsoDate;
  /** Opened on this day or earlier. */
  readonly openedTo?: IsoDate;
  /**
   * Well-formed by the slides' rules (`true`: no required element missing, as `checkTicket`
   * says), or not (`false`). A ticket's elements do not change with the day.
   */
  readonly wellFormed?: boolean;
  /**
   * The service beyond the académie the ticket is escalated to as of the list's day: one of the
   * national services or the integrator, all counted `national` by the committee. As of the day,
   * like `handler` and `level`, so that `nationalService` narrows `handler: national`; a ticket
   * escalated once and returned since is not kept.
   */
  readonly nationalService?: EscalationTarget;
}

function stateMatches(state: TicketState, filter: TicketFilter): boolean {
  return (
    (!filter.handler || state.handler === filter.handler) &&
    (!filter.status || state.status === filter.status) &&
    (!filter.team || state.team === filter.team) &&
    (!filter.level || state.level === filter.level) &&
    (!filter.nationalService || state.escalatedTo === filter.nationalService) &&
    (typeof filter.minAgeDays !== 'number' || state.ageDays >= filter.minAgeDays) &&
    (typeof filter.overThreshold !== 'boolean' || state.openOverThreshold === filter.overThreshold)
  );
}

// The store reads tickets oldest first, by day then reference: this order is that one reversed,
// and sorting an already reversed list costs one pass.
function newestFirst(a: Ticket, b: Ticket): number {
  if (a.openedOn !== b.openedOn) return a.openedOn < b.openedOn ? 1 : -1;
  return a.ref < b.ref ? 1 : a.ref > b.ref ? -1 : 0;
}

/**
 * The tickets of `dataset` that `visible` lets the caller see (all by default) and that match
 * `filter` as of `asOf`, newest first (by opening day, then reference). A ticket opened after
 * `asOf` has no state that day and is left out. The wave filter reads the EPLE's wave as the plan
 * held it on `asOf` (see `planAsOf`).
 */
export function ticketsMatching(
  dataset: Pick<Dataset, 'tickets' | 'eple' | 'waveChanges'>,
  filter: TicketFilter,
  asOf: IsoDate,
  visible: (ticket: Ticket) => boolean = () => true,
): Ticket[] {
  const plan = filter.waveId
    ? planAsOf({ eple: dataset.eple, waves: [], waveChanges: dataset.waveChanges }, asOf)
    : null;
  const waveOf = plan ? new Map(plan.eple.map((e) => [e.uai, e.waveId])) : null;
  const list = dataset.tickets.filter((ticket) => {
    if (!visible(ticket)) return false;
    if (filter.uai && ticket.uai !== filter.uai) return false;
    if (filter.channel && ticket.channel !== filter.channel) return false;
    if (filter.openedFrom && ticket.openedOn < filter.openedFrom) return false;
    if (filter.openedTo && ticket.openedOn > filter.openedTo) return false;
    if (waveOf && (ticket.uai === undefined || waveOf.get(ticket.uai) !== filter.waveId)) return false;
    // Checked last: reading every element of a ticket costs more than the other criteria.
    if (typeof filter.wellFormed === 'boolean' && checkTicket(ticket).wellFormed !== filter.wellFormed)
      return false;
    const state = ticketStateAt(ticket, asOf);
    return state !== null && stateMatches(state, filter);
  });
  return list.sort(newestFirst);
}
