import type { IsoDate } from './date.js';
import type { Handler, Ticket, TicketChannel } from './ticket.js';
import {
  DEFAULT_STALE_AFTER_DAYS,
  staleCutoff,
  type TicketStatus,
  ticketPositionAt,
} from './ticket-state.js';

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
  readonly handler: Handler;
  readonly status: TicketStatus;
  readonly over: boolean;
}

// The one classification behind both the figures and the records behind them, so that a cell
// can always be traced back to the tickets it counts.
function placer(options: TicketTableOptions): (t: Ticket) => Placement | null {
  const { from, asOf, filter } = options;
  const channel = options.channel ?? 'itop';
  const cutoff = staleCutoff(asOf, options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS);
  return (t) => {
    if (t.channel !== channel || t.openedOn < from || t.openedOn > asOf) return null;
    if (filter && !filter(t)) return null;
    const position = ticketPositionAt(t, asOf);
    if (position === null) return null;
    return {
      handler: position.handler,
      status: position.status,
      over: position.status === 'open' && t.openedOn < cutoff,
    };
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

/**
 * The committee's table: tickets of `channel` opened from `from` to `asOf` (both included),
 * each counted in the column of whoever handles it as of `asOf` (national, SI2C or DRASI) and in
 * the rows of its status as of `asOf`: all, resolved, in progress, in progress for more than
 * `staleAfterDays` days.
 */
export function ticketTable(tickets: readonly Ticket[], options: TicketTableOptions): TicketTable {
  const place = placer(options);
  const rows: Record<TicketTableRow, MutableRow> = {
    all: emptyRow(),
    resolved: emptyRow(),
    inProgress: emptyRow(),
    inProgressOverThreshold: emptyRow(),
  };
  for (const t of tickets) {
    const p = place(t);
    if (p === null) continue;
    for (const row of ROWS) if (inRow(p, row)) count(rows[row], p.handler);
  }
  return {
    from: options.from,
    asOf: options.asOf,
    channel: options.channel ?? 'itop',
    staleAfterDays: options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
    ...rows,
  };
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
  const place = placer(options);
  return tickets.filter((t) => {
    const p = place(t);
    return p !== null && inRow(p, row) && (column === 'total' || p.handler === column);
  });
}
