import type { KitEvent, Ticket, TicketEvent } from '@opale/domain';
import { type Column, type ColumnSet, columnValues, type Value } from './columns.js';
import {
  asRead,
  type KIT_EVENT_COLUMNS,
  kitEventOf,
  requesterOf,
  TICKET_COLUMNS,
  type TICKET_EVENT_COLUMNS,
  type Tuple,
  ticketEventOf,
  ticketOf,
} from './row-tuples.js';

// The records of the columns read by the workers (see read-in-workers.ts), built as the rows read
// in this thread are (row-tuples.ts): the same functions make them from the same tuples.

/** The order of the tickets: by day opened, then ref, as the records give them. */
export const TICKET_ORDER = ['opened_on', 'ref'] as const;

/** Puts the values of row `at` of `columns` in `row`, from index `from` on. */
function fill(row: unknown[], columns: readonly Column[], at: number, from = 0): void {
  for (let c = 0; c < columns.length; c += 1) {
    const column = columns[c] as Column;
    let value: Value;
    if ('plain' in column) value = column.plain[at] as Value;
    else {
      const code = column.codes[at] as number;
      value = code < 0 ? null : (column.values[code] as Value);
    }
    row[from + c] = value;
  }
}

/** The changes of the tickets, in runs of one ref: built as soon as they are read, before the tickets are. */
export interface Histories {
  readonly refs: readonly Value[];
  readonly lists: readonly TicketEvent[][];
}

/**
 * The changes (columns of `TICKET_EVENT_COLUMNS`, read in order of ref), each run of one ref as one
 * history. The changes are first made in one list, then each run copied out at its length: lists
 * grown change by change held room for 17 changes each, 50 MB at national scale for the collector
 * to copy, where a ticket has one or two.
 */
export function historiesOf(events: ColumnSet): Histories {
  const eventRefs = columnValues(events.columns[0] as Column);
  const refs: Value[] = [];
  const starts: number[] = [];
  const all: TicketEvent[] = new Array(events.rows);
  const row: unknown[] = new Array(events.columns.length);
  // Equal changes (kind, day, target, author) are one object: at national scale the 421,338
  // changes are 22,077 distinct ones, the rest allocations saved.
  const key = sameValuesKey(events.columns.slice(1));
  const made = new Map<number, TicketEvent>();
  for (let e = 0; e < events.rows; e += 1) {
    const ref = eventRefs(e);
    if (e === 0 || ref !== refs[refs.length - 1]) {
      refs.push(ref);
      starts.push(e);
    }
    const k = key?.(e);
    let event = k === undefined ? undefined : made.get(k);
    if (!event) {
      fill(row, events.columns, e);
      event = ticketEventOf(row as Tuple<'ticket_events', typeof TICKET_EVENT_COLUMNS>);
      if (k !== undefined) made.set(k, event);
    }
    all[e] = event;
  }
  starts.push(events.rows);
  const lists = refs.map((_, r) => all.slice(starts[r], starts[r + 1]));
  return { refs, lists };
}

/**
 * A number that two rows share when their values of `columns` are the same, or null when those
 * columns are not all coded or too many to number: what records built from those values alone are
 * shared by. Records are never changed in place (the domain's types are read-only).
 */
function sameValuesKey(columns: readonly (Column | undefined)[]): ((row: number) => number) | null {
  const coded: Int32Array[] = [];
  const sizes: number[] = [];
  for (const c of columns) {
    if (!c || !('codes' in c)) return null;
    coded.push(c.codes);
    sizes.push(c.values.length + 1);
  }
  if (sizes.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER) return null;
  return (row) => {
    let k = 0;
    for (let c = 0; c < coded.length; c += 1)
      k = k * (sizes[c] as number) + ((coded[c] as Int32Array)[row] as number) + 1;
    return k;
  };
}

/**
 * The history of each ticket, in the order the tickets were read. Tickets and changes were both
 * read in order of ref, with the same collation: they are walked side by side, with no map from
 * ref to ticket. If the walk misses (a ref's changes in two runs, or changes without their
 * ticket), a map by ref gives them instead, each ref's changes in the order read.
 */
function paired(
  refs: (t: number) => Value,
  tickets: number,
  histories: Histories,
): (TicketEvent[] | undefined)[] {
  const out: (TicketEvent[] | undefined)[] = new Array(tickets);
  let r = 0;
  for (let t = 0; t < tickets && r < histories.refs.length; t += 1)
    if (refs(t) === histories.refs[r]) out[t] = histories.lists[r++];
  if (r === histories.refs.length) return out;
  const byRef = new Map<Value, TicketEvent[]>();
  histories.refs.forEach((ref, i) => {
    const list = histories.lists[i] as TicketEvent[];
    const known = byRef.get(ref);
    if (known) known.push(...list);
    else byRef.set(ref, [...list]);
  });
  for (let t = 0; t < tickets; t += 1) out[t] = byRef.get(refs(t));
  return out;
}

const REQUESTER = ['requester_last_name', 'requester_first_name', 'requester_function'].map((c) =>
  TICKET_COLUMNS.indexOf(c as (typeof TICKET_COLUMNS)[number]),
);

/**
 * The requester of row `t` of the tickets, one object for the tickets with the same three values
 * when those columns are coded: the national tickets have a few dozen requesters, not a third of a
 * million.
 */
function sharedRequesters(
  tickets: ColumnSet,
): (t: number, row: Tuple<'tickets', typeof TICKET_COLUMNS>) => Ticket['requester'] {
  const own = (_: number, row: Tuple<'tickets', typeof TICKET_COLUMNS>) =>
    requesterOf(row[7], row[8], row[9]);
  const key = sameValuesKey(REQUESTER.map((at) => tickets.columns[at]));
  if (!key) return own;
  const made = new Map<number, Ticket['requester']>();
  return (t, row) => {
    const k = key(t);
    if (made.has(k)) return made.get(k);
    const requester = own(t, row);
    made.set(k, requester);
    return requester;
  };
}

/** The tickets (columns of `TICKET_COLUMNS`, with their order) with their changes (see {@link historiesOf}). */
export function ticketsOf(tickets: ColumnSet, histories: Histories): Ticket[] {
  const historyOf = paired(columnValues(tickets.columns[0] as Column), tickets.rows, histories);
  // Built in the order read, one column value after the next in memory, then put in order: built
  // in their order, each ticket's values were far apart in the columns, and it cost half again.
  const built: Ticket[] = new Array(tickets.rows);
  const row: unknown[] = new Array(tickets.columns.length);
  const requesterOf = sharedRequesters(tickets);
  for (let t = 0; t < tickets.rows; t += 1) {
    fill(row, tickets.columns, t);
    const tuple = row as Tuple<'tickets', typeof TICKET_COLUMNS>;
    built[t] = ticketOf(tuple, historyOf[t] ?? [], asRead, requesterOf(t, tuple));
  }
  const { order } = tickets;
  if (!order) return built;
  const out: Ticket[] = new Array(order.length);
  for (let k = 0; k < order.length; k += 1) out[k] = built[order[k] as number] as Ticket;
  return out;
}

/** The kit events of the columns of `KIT_EVENT_COLUMNS` after the id, in the order read. */
export function kitEventsOf(set: ColumnSet): KitEvent[] {
  const out: KitEvent[] = new Array(set.rows);
  const row: unknown[] = new Array(set.columns.length + 1).fill(null);
  for (let r = 0; r < set.rows; r += 1) {
    fill(row, set.columns, r, 1);
    out[r] = kitEventOf(row as Tuple<'kit_events', typeof KIT_EVENT_COLUMNS>);
  }
  return out;
}
