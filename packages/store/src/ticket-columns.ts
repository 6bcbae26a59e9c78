import type { KitEvent, Ticket, TicketEvent } from '@opale/domain';
import { type Column, type ColumnSet, columnValues, type Value } from './columns.js';
import {
  type KIT_EVENT_COLUMNS,
  kitEventOf,
  type TICKET_COLUMNS,
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

/** The changes (columns of `TICKET_EVENT_COLUMNS`, read in order of ref), each run of one ref as one history. */
export function historiesOf(events: ColumnSet): Histories {
  const eventRefs = columnValues(events.columns[0] as Column);
  const refs: Value[] = [];
  const lists: TicketEvent[][] = [];
  const row: unknown[] = new Array(events.columns.length);
  const key = sameChangeKey(events);
  const made = new Map<number, TicketEvent>();
  let list: TicketEvent[] = [];
  for (let e = 0; e < events.rows; e += 1) {
    const ref = eventRefs(e);
    if (e === 0 || ref !== refs[refs.length - 1]) {
      list = [];
      refs.push(ref);
      lists.push(list);
    }
    const k = key?.(e);
    let event = k === undefined ? undefined : made.get(k);
    if (!event) {
      fill(row, events.columns, e);
      event = ticketEventOf(row as Tuple<'ticket_events', typeof TICKET_EVENT_COLUMNS>);
      if (k !== undefined) made.set(k, event);
    }
    list.push(event);
  }
  return { refs, lists };
}

/**
 * A number that two changes share when their values after the ref (kind, day, target, author) are
 * the same, or null when those columns are not all coded or too many to number. Equal changes are
 * then one object: records are never changed in place (the domain's types are read-only), and at
 * national scale the 421,338 changes are 22,077 distinct ones, the rest allocations saved.
 */
function sameChangeKey(events: ColumnSet): ((row: number) => number) | null {
  const columns = events.columns.slice(1);
  const coded: { codes: Int32Array; values: Value[] }[] = [];
  for (const c of columns) if ('codes' in c) coded.push(c);
  if (coded.length !== columns.length) return null;
  const sizes = coded.map((c) => c.values.length + 1);
  if (sizes.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER) return null;
  return (row) => {
    let k = 0;
    for (let c = 0; c < coded.length; c += 1)
      k = k * (sizes[c] as number) + ((coded[c] as { codes: Int32Array }).codes[row] as number) + 1;
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

/** The tickets (columns of `TICKET_COLUMNS`, with their order) with their changes (see {@link historiesOf}). */
export function ticketsOf(tickets: ColumnSet, histories: Histories): Ticket[] {
  const historyOf = paired(columnValues(tickets.columns[0] as Column), tickets.rows, histories);
  const order = tickets.order ?? Int32Array.from({ length: tickets.rows }, (_, i) => i);
  const out: Ticket[] = new Array(order.length);
  const row: unknown[] = new Array(tickets.columns.length);
  for (let k = 0; k < order.length; k += 1) {
    const t = order[k] as number;
    fill(row, tickets.columns, t);
    out[k] = ticketOf(row as Tuple<'tickets', typeof TICKET_COLUMNS>, historyOf[t] ?? []);
  }
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
