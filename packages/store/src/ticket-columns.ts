import type { KitEvent, Ticket, TicketEvent } from '@opale/domain';
import { type Column, type ColumnSet, columnValues, type Value } from './columns.js';
import {
  type KIT_EVENT_COLUMNS,
  kitEventOf,
  TICKET_COLUMNS,
  type TICKET_EVENT_COLUMNS,
  type Tuple,
  ticketEventOf,
  ticketOf,
} from './row-tuples.js';

// The records of the columns read by the workers (see read-in-workers.ts), built as the rows read
// in this thread are (row-tuples.ts): the same functions make them from the same tuples.

/** The statement's `orderBy` for the tickets: by day opened, then ref, as the records give them. */
export const TICKET_ORDER = [TICKET_COLUMNS.indexOf('opened_on'), TICKET_COLUMNS.indexOf('ref')];

/**
 * Where each ticket's changes start and end: the changes of ticket `t` (in the order the tickets
 * were read) are rows `start[t]` to `start[t + 1]` (excluded) of the changes. Both were read in
 * order of ref, with the same collation, so the two lists are walked side by side, with no map
 * from ref to ticket; if the walk misses (a change without its ticket), `null`.
 */
function walked(
  refs: (t: number) => Value,
  tickets: number,
  eventRefs: (e: number) => Value,
  events: number,
) {
  const start = new Int32Array(tickets + 1);
  let t = 0;
  for (let e = 0; e < events; e += 1) {
    const ref = eventRefs(e);
    while (t < tickets && refs(t) !== ref) {
      t += 1;
      start[t] = e;
    }
    if (t === tickets) return null;
  }
  while (t < tickets) {
    t += 1;
    start[t] = events;
  }
  return { start, at: (i: number) => i };
}

/** The same, for changes in any order: grouped by ref (the changes of a ref keep their order). */
function grouped(
  refs: (t: number) => Value,
  tickets: number,
  eventRefs: (e: number) => Value,
  events: number,
) {
  const byRef = new Map<Value, number[]>();
  for (let e = 0; e < events; e += 1) {
    const list = byRef.get(eventRefs(e));
    if (list) list.push(e);
    else byRef.set(eventRefs(e), [e]);
  }
  const start = new Int32Array(tickets + 1);
  const picked: number[] = [];
  for (let t = 0; t < tickets; t += 1) {
    for (const e of byRef.get(refs(t)) ?? []) picked.push(e);
    start[t + 1] = picked.length;
  }
  return { start, at: (i: number) => picked[i] as number };
}

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

/** The tickets (columns of `TICKET_COLUMNS`, with their order) with their changes (`TICKET_EVENT_COLUMNS`). */
export function ticketsOf(tickets: ColumnSet, events: ColumnSet): Ticket[] {
  const refs = columnValues(tickets.columns[0] as Column);
  const eventRefs = columnValues(events.columns[0] as Column);
  const histories =
    walked(refs, tickets.rows, eventRefs, events.rows) ?? grouped(refs, tickets.rows, eventRefs, events.rows);
  const order = tickets.order ?? Int32Array.from({ length: tickets.rows }, (_, i) => i);
  const out: Ticket[] = new Array(order.length);
  const ticketRow: unknown[] = new Array(tickets.columns.length);
  const eventRow: unknown[] = new Array(events.columns.length);
  for (let k = 0; k < order.length; k += 1) {
    const t = order[k] as number;
    const history: TicketEvent[] = [];
    for (let i = histories.start[t] as number; i < (histories.start[t + 1] as number); i += 1) {
      fill(eventRow, events.columns, histories.at(i));
      history.push(ticketEventOf(eventRow as Tuple<'ticket_events', typeof TICKET_EVENT_COLUMNS>));
    }
    fill(ticketRow, tickets.columns, t);
    out[k] = ticketOf(ticketRow as Tuple<'tickets', typeof TICKET_COLUMNS>, history);
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
