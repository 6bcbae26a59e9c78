import type { KitEvent, Ticket, TicketEvent } from '@opale/domain';
import type { Kysely } from 'kysely';
import { eachChunk } from './chunks.js';
import { objectRows, type RowSource } from './row-source.js';
import {
  KIT_EVENT_COLUMNS,
  kitEventOf,
  type Shared,
  sharedStrings,
  TICKET_COLUMNS,
  TICKET_EVENT_COLUMNS,
  type Tuple,
  ticketEventOf,
  ticketOf,
} from './row-tuples.js';
import type { Database } from './schema.js';

// The readers of the two largest kinds of records: about 320,000 tickets with 420,000 changes and
// 460,000 kit events at national scale. Both build each record as its row arrives.

/**
 * The tickets of these EPLE (of every EPLE when `uais` is null), each with its changes in order,
 * by day opened then ref.
 */
export async function readTickets(
  db: Kysely<Database>,
  uais: readonly string[] | null,
  rows: RowSource = objectRows(db),
  same: Shared = sharedStrings(),
): Promise<Ticket[]> {
  // Tickets and changes are read at once (on PostgreSQL, on two connections): whichever comes
  // first makes the history list that the other fills or hands to its ticket.
  const histories = new Map<string, TicketEvent[]>();
  const historyOf = (ref: string) => {
    let list = histories.get(ref);
    if (!list) {
      list = [];
      histories.set(ref, list);
    }
    return list;
  };
  const tickets: Ticket[] = [];
  const readTicketRows = eachChunk(uais, (chunk) => {
    const q = db.selectFrom('tickets').select(TICKET_COLUMNS);
    return rows<Tuple<'tickets', typeof TICKET_COLUMNS>>(chunk ? q.where('uai', 'in', chunk) : q, (row) => {
      tickets.push(ticketOf(row, historyOf(row[0]), same));
    });
  });
  const readEventRows = eachChunk(uais, (chunk) => {
    // In the order of each ticket's changes; a ticket's changes come one after the other.
    const q = db
      .selectFrom('ticket_events')
      .select(TICKET_EVENT_COLUMNS)
      .orderBy('ticket_ref')
      .orderBy('seq');
    const scoped = chunk
      ? q.where('ticket_ref', 'in', db.selectFrom('tickets').select('ref').where('uai', 'in', chunk))
      : q;
    let ref: string | undefined;
    let list: TicketEvent[] = [];
    return rows<Tuple<'ticket_events', typeof TICKET_EVENT_COLUMNS>>(scoped, (row) => {
      if (row[0] !== ref) {
        ref = row[0];
        list = historyOf(ref);
      }
      list.push(ticketEventOf(row, same));
    });
  });
  await Promise.all([readTicketRows, readEventRows]);
  return tickets.sort((a, b) =>
    a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : a.ref < b.ref ? -1 : 1,
  );
}

/** The kit events of these EPLE (of every EPLE when `uais` is null), in the order recorded. */
export async function readKitEvents(
  db: Kysely<Database>,
  uais: readonly string[] | null,
  rows: RowSource = objectRows(db),
  same: Shared = sharedStrings(),
): Promise<KitEvent[]> {
  const events: KitEvent[] = [];
  const ids: number[] = [];
  let ordered = true;
  await eachChunk(uais, (chunk) => {
    const q = db.selectFrom('kit_events').select(KIT_EVENT_COLUMNS).orderBy('id');
    return rows<Tuple<'kit_events', typeof KIT_EVENT_COLUMNS>>(
      chunk ? q.where('uai', 'in', chunk) : q,
      (row) => {
        const id = row[0];
        if (ids.length > 0 && id < (ids[ids.length - 1] as number)) ordered = false;
        ids.push(id);
        events.push(kitEventOf(row, same));
      },
    );
  });
  // Each statement gives its rows in order; those of several chunks are put in order here.
  if (ordered) return events;
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a] as number) - (ids[b] as number));
  return order.map((i) => events[i] as KitEvent);
}
