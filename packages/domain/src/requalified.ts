import type { IsoDate } from './date.js';
import { type Rate, rate } from './rate.js';
import { ACADEMIE_TEAMS, type AcademieTeam, type Ticket, type TicketChannel } from './ticket.js';

/**
 * The tickets a share counts: those of the committee's ticket table (one channel, ITOP by
 * default, opened from `from` to `asOf`, both included).
 */
export interface RequalifiedOptions {
  /** First day counted: the start of the school year, as for the committee's table. */
  readonly from: IsoDate;
  /** The reference date: later openings and requalifications are ignored. */
  readonly asOf: IsoDate;
  /** Default `itop`, the only channel the committee's table counts. */
  readonly channel?: TicketChannel;
}

/** The share of one team's tickets that were requalified, as of a date. */
export interface RequalifiedShare {
  /** The team the tickets were first given to (by their title's prefix, or as recorded). */
  readonly team: AcademieTeam;
  /** Requalified at least once on or before `asOf`, over the team's tickets. */
  readonly rate: Rate;
}

/** The share of requalified tickets of each académie team, with what it was computed on. */
export interface RequalifiedShares {
  readonly from: IsoDate;
  readonly asOf: IsoDate;
  readonly channel: TicketChannel;
  /** One share per team, SI2C then DRASI. */
  readonly teams: readonly RequalifiedShare[];
}

function inPopulation(t: Ticket, options: RequalifiedOptions): boolean {
  return (
    t.channel === (options.channel ?? 'itop') && t.openedOn >= options.from && t.openedOn <= options.asOf
  );
}

/** Whether a ticket's history holds a requalification dated on or before `asOf`. */
export function requalifiedBy(ticket: Ticket, asOf: IsoDate): boolean {
  // A history out of order must not hide an earlier requalification: every event is looked at.
  return ticket.history.some((e) => e.kind === 'requalified' && e.on <= asOf);
}

/**
 * The share of requalified tickets per team as of `asOf`: of the tickets of the committee's
 * table (see {@link RequalifiedOptions}) that a team was first given to (`Ticket.team`: the team
 * the user's prefix named, the one that had to requalify it when it was wrong), how many were
 * requalified at least once on or before `asOf`. A ticket counts for its first team whatever
 * happened to it later, so that the share says how often that team received what was not
 * theirs. {@link requalifiedTickets} lists the tickets behind each figure.
 */
export function requalifiedShares(
  tickets: readonly Ticket[],
  options: RequalifiedOptions,
): RequalifiedShares {
  const counts = new Map(ACADEMIE_TEAMS.map((team) => [team, { total: 0, requalified: 0 }]));
  for (const t of tickets) {
    if (!inPopulation(t, options)) continue;
    const count = counts.get(t.team);
    if (!count) continue;
    count.total += 1;
    if (requalifiedBy(t, options.asOf)) count.requalified += 1;
  }
  return {
    from: options.from,
    asOf: options.asOf,
    channel: options.channel ?? 'itop',
    teams: ACADEMIE_TEAMS.map((team) => {
      const count = counts.get(team) ?? { total: 0, requalified: 0 };
      return { team, rate: rate(count.requalified, count.total) };
    }),
  };
}

/**
 * The tickets behind the figure of `team` in {@link requalifiedShares} with the same options, in
 * input order: their number is always the figure (`rate.numerator`).
 */
export function requalifiedTickets(
  tickets: readonly Ticket[],
  options: RequalifiedOptions,
  team: AcademieTeam,
): Ticket[] {
  return tickets.filter((t) => t.team === team && inPopulation(t, options) && requalifiedBy(t, options.asOf));
}
