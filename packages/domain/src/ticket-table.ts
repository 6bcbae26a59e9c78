import type { IsoDate } from './date.js';
import type { Handler, Ticket, TicketChannel } from './ticket.js';
import {
  DEFAULT_STALE_AFTER_DAYS,
  replayTicket,
  scratchPosition,
  staleCutoff,
  type TicketStatus,
} from './ticket-state.js';
import type { Uai } from './uai.js';

/** One line of the committee's table: a total split by who handles the tickets. */
export interface TicketRow {
  readonly total: number;
  readonly national: number;
  readonly si2c: number;
  readonly drasi: number;
}

/** The committee's table of assistance requests, with the parameters it was computed with. */
export interface TicketTable {
  readonly from: IsoDate;
  readonly asOf: IsoDate;
  readonly channel: TicketChannel;
  readonly staleAfterDays: number;
  readonly all: TicketRow;
  readonly resolved: TicketRow;
  readonly inProgress: TicketRow;
  readonly inProgressOverThreshold: TicketRow;
}

export interface TicketTableOptions {
  /** First day counted, e.g. the start of the school year. */
  readonly from: IsoDate;
  /** The reference date: later openings and events are ignored. */
  readonly asOf: IsoDate;
  /** Default `itop`, the only channel the committee's table counts. */
  readonly channel?: TicketChannel;
  /** Default {@link DEFAULT_STALE_AFTER_DAYS}. */
  readonly staleAfterDays?: number;
  /** Narrows the tickets further, e.g. to the EPLE of one wave. */
  readonly filter?: (t: Ticket) => boolean;
}

export type TicketTableRow = 'all' | 'resolved' | 'inProgress' | 'inProgressOverThreshold';
export type TicketTableColumn = 'total' | Handler;

const COLUMN: { readonly [h in Handler]: Exclude<keyof TicketRow, 'total'> } = {
  national: 'national',
  SI2C: 'si2c',
  DRASI: 'drasi',
};

interface Placement {
  handler: Handler;
  status: TicketStatus;
  over: boolean;
}

/** Open tickets of one EPLE as of the date: how many, and how many open for too long. */
export interface OpenTickets {
  open: number;
  stale: number;
}

// The one classification behind the figures, the records behind them and the load of each
// EPLE, so that a cell can always be traced back to the tickets it counts. It reuses one scratch
// placement: callers read it before placing the next ticket.
function placer(options: TicketTableOptions): {
  readonly inTable: (t: Ticket) => boolean;
  readonly place: (t: Ticket) => Placement | null;
} {
  const { from, asOf, filter } = options;
  const channel = options.channel ?? 'itop';
  const cutoff = staleCutoff(asOf, options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS);
  const position = scratchPosition();
  const placement: Placement = { handler: 'SI2C', status: 'open', over: false };
  return {
    inTable: (t) =>
      t.channel === channel && t.openedOn >= from && t.openedOn <= asOf && (!filter || filter(t)),
    place: (t) => {
      if (replayTicket(t, asOf, position) === null) return null;
      placement.handler = position.handler;
      placement.status = position.status;
      placement.over = position.status === 'open' && t.openedOn < cutoff;
      return placement;
    },
  };
}

function inRow(p: Placement, row: TicketTableRow): boolean {
  switch (row) {
    case 'all':
      return true;
    case 'resolved':
      return p.status === 'resolved';
    case 'inProgress':
      return p.status === 'open';
    case 'inProgressOverThreshold':
      return p.over;
  }
}

const ROWS: readonly TicketTableRow[] = ['all', 'resolved', 'inProgress', 'inProgressOverThreshold'];

type MutableRow = { -readonly [k in keyof TicketRow]: number };

function emptyRow(): MutableRow {
  return { total: 0, national: 0, si2c: 0, drasi: 0 };
}

function count(row: MutableRow, handler: Handler): void {
  row.total += 1;
  row[COLUMN[handler]] += 1;
}

/** The committee's table and, from the same pass, the open tickets of each EPLE. */
export interface TicketFigures {
  readonly table: TicketTable;
  /** Open tickets as of `asOf` per EPLE, of any channel and opening date (not only the table's). */
  readonly openByEple: ReadonlyMap<Uai, OpenTickets>;
}

/**
 * One pass over the tickets: the committee's table (see {@link ticketTable}) and the open
 * tickets of each EPLE that `countEple` keeps, each ticket's history replayed once.
 */
export function ticketFigures(
  tickets: readonly Ticket[],
  options: TicketTableOptions,
  countEple: (uai: Uai) => boolean = () => false,
): TicketFigures {
  const { inTable, place } = placer(options);
  const rows: Record<TicketTableRow, MutableRow> = {
    all: emptyRow(),
    resolved: emptyRow(),
    inProgress: emptyRow(),
    inProgressOverThreshold: emptyRow(),
  };
  const openByEple = new Map<Uai, OpenTickets>();
  for (const t of tickets) {
    const counted = inTable(t);
    const followed = t.uai !== undefined && countEple(t.uai);
    if (!counted && !followed) continue;
    const p = place(t);
    if (p === null) continue;
    if (counted) for (const row of ROWS) if (inRow(p, row)) count(rows[row], p.handler);
    if (followed && p.status === 'open') {
      const load = openByEple.get(t.uai as Uai);
      if (load) {
        load.open += 1;
        if (p.over) load.stale += 1;
      } else openByEple.set(t.uai as Uai, { open: 1, stale: p.over ? 1 : 0 });
    }
  }
  const table: TicketTable = {
    from: options.from,
    asOf: options.asOf,
    channel: options.channel ?? 'itop',
    staleAfterDays: options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
    ...rows,
  };
  return { table, openByEple };
}

/**
 * The committee's table: tickets of `channel` opened from `from` to `asOf` (both included),
 * each counted in the column of whoever handles it as of `asOf` (national, SI2C or DRASI) and in
 * the rows of its status as of `asOf`: all, resolved, in progress, in progress for more than
 * `staleAfterDays` days.
 */
export function ticketTable(tickets: readonly Ticket[], options: TicketTableOptions): TicketTable {
  return ticketFigures(tickets, options).table;
}

/**
 * The tickets behind one cell of {@link ticketTable} with the same options, in input order:
 * `ticketsInCell(t, o, row, column).length` is always the cell's figure.
 */
export function ticketsInCell(
  tickets: readonly Ticket[],
  options: TicketTableOptions,
  row: TicketTableRow,
  column: TicketTableColumn,
): Ticket[] {
  const { inTable, place } = placer(options);
  return tickets.filter((t) => {
    const p = inTable(t) ? place(t) : null;
    return p !== null && inRow(p, row) && (column === 'total' || p.handler === column);
  });
}
