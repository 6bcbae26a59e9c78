import type { Ticket, TicketEvent } from '@opale/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';

/** Who the changes that come from iTop are recorded by: they are never sent back to iTop. */
export const ITOP_ACTOR = 'itop';

/** Where a change to write to iTop stands: waiting to be sent, sent, or given up (`failed`). */
export const OUTBOX_STATES = ['pending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A change of a ticket that iTop must hear of: its opening, or one event of its history. */
export type TicketChange =
  | { readonly kind: 'open'; readonly ticket: Ticket }
  | { readonly kind: 'event'; readonly ticket: Ticket; readonly event: TicketEvent };

/** One change in the outbox, as the admin page shows it. */
export interface OutboxEntry {
  readonly id: number;
  readonly ticketRef: string;
  /** `open`, or the kind of the event. */
  readonly change: string;
  readonly event: TicketEvent | null;
  readonly state: OutboxState;
  readonly attempts: number;
  /** ISO instants. */
  readonly nextAt: string;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly lastError: string | null;
}

function entryOf(row: Selectable<Database['itop_outbox']>): OutboxEntry {
  return {
    id: Number(row.id),
    ticketRef: row.ticket_ref,
    change: row.change,
    event: row.event === null ? null : (JSON.parse(row.event) as TicketEvent),
    state: row.state as OutboxState,
    attempts: Number(row.attempts),
    nextAt: row.next_at,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    lastError: row.last_error,
  };
}

/**
 * Puts a change in the outbox, inside the transaction that records it: the change and its
 * sending are written together or not at all, and a restart loses none. Only the tickets of the
 * iTop channel go to iTop, and never a change that came from iTop.
 */
export async function enqueueTicketChange(
  db: Kysely<Database>,
  change: TicketChange,
  at: string,
): Promise<void> {
  if (change.ticket.channel !== 'itop') return;
  if (change.kind === 'event' && change.event.by === ITOP_ACTOR) return;
  await db
    .insertInto('itop_outbox')
    .values({
      ticket_ref: change.ticket.ref,
      change: change.kind === 'open' ? 'open' : change.event.kind,
      event: change.kind === 'open' ? null : JSON.stringify(change.event),
      state: 'pending',
      attempts: 0,
      next_at: at,
      last_error: null,
      created_at: at,
      sent_at: null,
    })
    .execute();
}

/**
 * The changes to try now: for each ticket, its oldest change not yet sent, when it is pending and
 * due. A ticket's changes go to iTop in the order they were made: a later one waits for the
 * earlier, and a change given up holds back those after it until an admin retries it.
 */
export async function dueChanges(db: Kysely<Database>, now: string): Promise<OutboxEntry[]> {
  const rows = await db
    .selectFrom('itop_outbox')
    .selectAll()
    .where('state', '!=', 'sent')
    .orderBy('id')
    .execute();
  const heads = new Map<string, OutboxEntry>();
  for (const row of rows) if (!heads.has(row.ticket_ref)) heads.set(row.ticket_ref, entryOf(row));
  return [...heads.values()].filter((e) => e.state === 'pending' && e.nextAt <= now);
}

/** The outbox's changes not yet sent, and the last ones sent: `limit` of each at most, newest first. */
export async function outboxEntries(db: Kysely<Database>, limit: number): Promise<OutboxEntry[]> {
  const newest = (sent: boolean) =>
    db
      .selectFrom('itop_outbox')
      .selectAll()
      .where('state', sent ? '=' : '!=', 'sent')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  return [...(await newest(false)), ...(await newest(true))].map(entryOf);
}

/** How many changes are in each state. */
export async function outboxCounts(db: Kysely<Database>): Promise<Record<OutboxState, number>> {
  const rows = await db
    .selectFrom('itop_outbox')
    .select(['state', (eb) => eb.fn.countAll().as('n')])
    .groupBy('state')
    .execute();
  const counts: Record<OutboxState, number> = { pending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.state as OutboxState] = Number(row.n);
  return counts;
}

/** The iTop request of each ticket named that opale created in iTop: its id and ref. */
export async function itopLinks(
  db: Kysely<Database>,
  refs?: readonly string[],
): Promise<Map<string, { itopId: string; itopRef: string }>> {
  let query = db.selectFrom('itop_links').selectAll();
  if (refs !== undefined) {
    if (refs.length === 0) return new Map();
    query = query.where('ticket_ref', 'in', [...refs]);
  }
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.ticket_ref, { itopId: r.itop_id, itopRef: r.itop_ref }]));
}

/** Where a ticket stands with iTop: the request it became, and its changes not yet written there. */
export interface TicketDelivery {
  /** iTop's id of the request opale created; null for one read from iTop, or not created yet. */
  readonly itopId: string | null;
  /** iTop's ref: of the request opale created (null until then), or the ticket's own when read from iTop. */
  readonly itopRef: string | null;
  /** `failed` when a change was given up, `pending` when one waits, `sent` when all are in iTop. */
  readonly state: OutboxState;
  /** Changes waiting or given up. */
  readonly waiting: number;
  /** Why the last attempt failed, for a change not yet sent. */
  readonly lastError: string | null;
}

/** Where each ticket named stands with iTop; a ticket opale never had to write to iTop is absent. */
export async function ticketDeliveries(
  db: Kysely<Database>,
  refs: readonly string[],
): Promise<Map<string, TicketDelivery>> {
  const out = new Map<string, TicketDelivery>();
  if (refs.length === 0) return out;
  const links = await itopLinks(db, refs);
  const rows = await db
    .selectFrom('itop_outbox')
    .select(['ticket_ref', 'change', 'state', 'last_error'])
    .where('ticket_ref', 'in', [...refs])
    .orderBy('id')
    .execute();
  for (const ref of refs) {
    const own = rows.filter((r) => r.ticket_ref === ref);
    const link = links.get(ref);
    if (own.length === 0 && !link) continue;
    const waiting = own.filter((r) => r.state !== 'sent');
    // A ticket read from iTop was never created by opale: its ref is iTop's.
    const fromItop = !link && !own.some((r) => r.change === 'open');
    out.set(ref, {
      itopId: link?.itopId ?? null,
      itopRef: link?.itopRef ?? (fromItop ? ref : null),
      state: waiting.some((r) => r.state === 'failed') ? 'failed' : waiting.length > 0 ? 'pending' : 'sent',
      waiting: waiting.length,
      lastError: waiting.find((r) => r.last_error !== null)?.last_error ?? null,
    });
  }
  return out;
}
