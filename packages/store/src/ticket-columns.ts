import type { KitEvent, Ticket, TicketEvent } from '@opale/domain';
import { type Column, type ColumnSet, columnValues, type Value } from './columns.js';
import { inOrder, rowsIn } from './row-orders.js';
import {
  asRead,
  type KIT_EVENT_COLUMNS,
  kitEventOf,
  requesterOf,
  TICKET_COLUMNS,
  TICKET_EVENT_COLUMNS,
  type Tuple,
  ticketEventOf,
  ticketOf,
} from './row-tuples.js';

// The records of the columns read by the workers (see read-in-workers.ts), built as the rows read
// in this thread are (row-tuples.ts): the same functions make them from the same tuples.

/** The orders the workers give the rows in (see read-in-workers.ts), by name. */
export const BY_DAY = 'day';
export const BY_REF = 'ref';
export const BY_ID = 'id';

/**
 * The tickets' orders: by day opened, then ref, the order the records give them in; by ref, to
 * join them to their changes, which come by ref too.
 */
export const TICKET_ORDERS = { [BY_DAY]: ['opened_on', 'ref'], [BY_REF]: ['ref'] } as const;

/** Puts the values of row `at` of `columns` in `row`, from index `from` on. */
function fill(row: unknown[], columns: readonly Column[], at: number, from = 0): void {
  for (let c = 0; c < columns.length; c += 1) {
    const column = columns[c] as Column;
    let value: Value;
    if ('codes' in column) {
      const code = column.codes[at] as number;
      value = code < 0 ? null : (column.values[code] as Value);
    } else if ('plain' in column) value = column.plain[at] as Value;
    else value = column.joined.slice(at === 0 ? 0 : column.ends[at - 1], column.ends[at]);
    row[from + c] = value;
  }
}

/** The changes of the tickets, in runs of one ref: built as soon as they are read, before the tickets are. */
export interface Histories {
  /** The ref of each run. */
  readonly refs: readonly Value[];
  /** Every change, in the order read: run `r` is `changes[starts[r]]` to `changes[starts[r + 1]]` (excluded). */
  readonly changes: readonly TicketEvent[];
  readonly starts: Int32Array;
}

/**
 * The changes (columns of `TICKET_EVENT_COLUMNS`, then their `seq`), in their order by ref then
 * seq, in runs of one ref. Each ticket's history is copied out of its run when the ticket is built
 * (see {@link ticketsOf}).
 */
export function historiesOf(events: ColumnSet): Histories {
  const eventRefs = columnValues(events.columns[0] as Column);
  const refs: Value[] = [];
  const starts: number[] = [];
  const changes: TicketEvent[] = new Array(events.rows);
  const row: unknown[] = new Array(events.columns.length);
  // Equal changes (kind, day, target, author) are one object: at national scale the 421,338
  // changes are 22,077 distinct ones, the rest allocations saved.
  const key = sameValuesKey(events.columns.slice(1, TICKET_EVENT_COLUMNS.length));
  const made = new Map<number, TicketEvent>();
  const order = rowsIn(events, BY_REF);
  for (let at = 0; at < order.length; at += 1) {
    const e = order[at] as number;
    const ref = eventRefs(e);
    if (at === 0 || ref !== refs[refs.length - 1]) {
      refs.push(ref);
      starts.push(at);
    }
    const k = key?.(e);
    let event = k === undefined ? undefined : made.get(k);
    if (!event) {
      fill(row, events.columns, e);
      event = ticketEventOf(row as Tuple<'ticket_events', typeof TICKET_EVENT_COLUMNS>);
      if (k !== undefined) made.set(k, event);
    }
    changes[at] = event;
  }
  starts.push(events.rows);
  return { refs, changes, starts: Int32Array.from(starts) };
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
 * The history of each ticket, by its row as read: a list of its own, copied out of its run at its
 * length (lists grown change by change held room for 17 changes, where a ticket has one or two).
 * Tickets (in `byRef`) and changes are both in order of ref, compared alike: they are walked side
 * by side, with no map from ref to ticket. If the walk misses (a ref's changes in two runs, or
 * changes without their ticket), a map by ref gives them instead, each ref's changes in order.
 */
function paired(
  refs: (t: number) => Value,
  byRef: Int32Array,
  histories: Histories,
): (t: number) => TicketEvent[] {
  const { changes, starts } = histories;
  const run = new Int32Array(byRef.length).fill(-1);
  let r = 0;
  for (let i = 0; i < byRef.length && r < histories.refs.length; i += 1) {
    const t = byRef[i] as number;
    if (refs(t) === histories.refs[r]) run[t] = r++;
  }
  if (r === histories.refs.length)
    return (t) => {
      const at = run[t] as number;
      return at < 0 ? [] : changes.slice(starts[at], starts[at + 1]);
    };
  const ofRef = new Map<Value, TicketEvent[]>();
  histories.refs.forEach((ref, i) => {
    const list = changes.slice(starts[i], starts[i + 1]);
    const known = ofRef.get(ref);
    if (known) known.push(...list);
    else ofRef.set(ref, list);
  });
  return (t) => [...(ofRef.get(refs(t)) ?? [])];
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

/**
 * The tickets (columns of `TICKET_COLUMNS`, with their {@link TICKET_ORDERS}, or arranged by day
 * with their order by ref) with their changes (see {@link historiesOf}).
 */
export function ticketsOf(tickets: ColumnSet, histories: Histories): Ticket[] {
  const historyOf = paired(columnValues(tickets.columns[0] as Column), rowsIn(tickets, BY_REF), histories);
  // Built in their order, each with its history, so that they lie in memory in the order a report
  // walks them (built in the order read, then put in order, today's national report took 0.48–0.58 s
  // instead of 0.25). Their columns are in that order first (put in it by the worker, or here), so
  // that each ticket's values are read one after the other (read across the columns, it cost half
  // again).
  const day = tickets.orders?.[BY_DAY];
  const set = day ? inOrder(tickets, day) : tickets;
  const out: Ticket[] = new Array(set.rows);
  const row: unknown[] = new Array(set.columns.length);
  const requesterOf = sharedRequesters(set);
  for (let t = 0; t < set.rows; t += 1) {
    fill(row, set.columns, t);
    const tuple = row as Tuple<'tickets', typeof TICKET_COLUMNS>;
    out[t] = ticketOf(tuple, historyOf(day ? (day[t] as number) : t), asRead, requesterOf(t, tuple));
  }
  return out;
}

/** The kit events of the columns of `KIT_EVENT_COLUMNS`, in order of id. */
export function kitEventsOf(set: ColumnSet): KitEvent[] {
  const order = rowsIn(set, BY_ID);
  const out: KitEvent[] = new Array(order.length);
  const row: unknown[] = new Array(set.columns.length);
  for (let k = 0; k < order.length; k += 1) {
    fill(row, set.columns, order[k] as number);
    out[k] = kitEventOf(row as Tuple<'kit_events', typeof KIT_EVENT_COLUMNS>);
  }
  return out;
}
