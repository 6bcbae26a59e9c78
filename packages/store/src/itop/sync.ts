import { type Ticket, validateTicket } from '@opale/domain';
import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit.js';
import { ITOP_ATTRIBUTES } from '../import/itop-map.js';
import { DEFAULT_ITOP_OQL, ticketsOf } from '../import/itop-rest.js';
import { itopDay } from '../import/itop-values.js';
import type { RowError } from '../import/parsed.js';
import { applyTickets } from '../import-apply.js';
import { findTicket } from '../lookups.js';
import { ticketEventRow } from '../rows.js';
import type { Database } from '../schema.js';
import { eventsFromItop } from './merge.js';
import { ITOP_ACTOR, itopLinks } from './outbox.js';
import { callItop, type ItopConnection } from './rest-call.js';
import { oqlString } from './user-request.js';

/** The meta key holding the last `last_update` of iTop the sync has read. */
export const SINCE_KEY = 'itop.last_update';

/** One run of the sync from iTop. */
export interface SyncRun {
  readonly startedAt: string;
  readonly finishedAt: string;
  /** iTop's last update the run read from; null: everything. */
  readonly since: string | null;
  /** Requests read from iTop. */
  readonly read: number;
  /** Tickets added or changed in opale. */
  readonly written: number;
  readonly errors: readonly string[];
}

export interface SyncOptions {
  readonly connection: ItopConnection;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

/**
 * Reads from iTop the op@le requests updated since the last one read (`last_update`, kept in the
 * store), and brings opale up to date in one transaction: a request opale does not know is added
 * as the import adds it; a ticket opale knows (by its ref, or by the request opale created for it)
 * gets the events iTop implies (see {@link eventsFromItop}: iTop wins on the status, opale keeps
 * both in the history). A ticket whose change waits in the outbox is left for the next run, once
 * iTop has it. Any error (iTop unreachable or refusing, a request that cannot be read) writes
 * nothing and keeps the starting point; every run is recorded with its counts and errors.
 */
export async function syncFromItop(
  db: Kysely<Database>,
  transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
  options: SyncOptions,
): Promise<SyncRun> {
  const clock = options.now ?? (() => new Date());
  const startedAt = clock().toISOString();
  const sinceRow = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', SINCE_KEY)
    .executeTakeFirst();
  const since = sinceRow?.value ?? null;
  const answer = await callItop(
    { ...options.connection, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) },
    {
      operation: 'core/get',
      class: 'UserRequest',
      key: since === null ? DEFAULT_ITOP_OQL : `${DEFAULT_ITOP_OQL} AND last_update >= ${oqlString(since)}`,
      output_fields: ['id', ...ITOP_ATTRIBUTES].join(','),
    },
  );
  const record = (read: number, written: number, errors: readonly string[]) =>
    recordRun(transaction, { startedAt, finishedAt: clock().toISOString(), since, read, written, errors });
  if (!answer.ok) return record(0, 0, [`${answer.field}: ${answer.reason}`]);
  const parsed = ticketsOf(answer.objects);
  if (parsed.errors.length > 0) return record(answer.objects.length, 0, parsed.errors.map(describeError));
  // Every object mapped (no error), so the records are in the answer's order.
  const updateOf = new Map(
    parsed.records.map((t, i) => [t.ref, String(answer.objects[i]?.fields.last_update ?? '')] as const),
  );
  // A request opale created carries its marker: known by it even before the outbox links it.
  const markedOf = new Map(
    parsed.records.flatMap((t, i) => {
      const marked = markedRef(String(answer.objects[i]?.fields.description ?? ''));
      return marked ? [[t.ref, marked] as const] : [];
    }),
  );
  const outcome = await transaction(async (trx) => {
    const links = new Map([...(await itopLinks(trx)).entries()].map(([ref, l]) => [l.itopRef, ref]));
    const waiting = new Set(
      (await trx.selectFrom('itop_outbox').select('ticket_ref').where('state', '!=', 'sent').execute()).map(
        (r) => r.ticket_ref,
      ),
    );
    const fresh: Ticket[] = [];
    const skipped: string[] = [];
    let merged = 0;
    const errors: string[] = [];
    const at = clock().toISOString();
    for (const fromItop of parsed.records) {
      const marked = markedOf.get(fromItop.ref);
      const byMarker = marked !== undefined && (await findTicket(trx, marked)) ? marked : undefined;
      const ref = links.get(fromItop.ref) ?? byMarker ?? fromItop.ref;
      const stored = await findTicket(trx, ref);
      if (!stored) {
        fresh.push(fromItop);
        continue;
      }
      if (waiting.has(ref)) {
        skipped.push(updateOf.get(fromItop.ref) ?? '');
        continue;
      }
      const day = itopDay(updateOf.get(fromItop.ref) ?? '') ?? fromItop.openedOn;
      const added = eventsFromItop(stored.ticket, fromItop, day);
      if (added.length === 0) continue;
      const checked = validateTicket({ ...stored.ticket, history: [...stored.ticket.history, ...added] });
      if (!checked.ok) {
        errors.push(`${fromItop.ref} (${ref}): ${checked.errors.map((e) => e.message).join('; ')}`);
        continue;
      }
      const r = { recorded_by: ITOP_ACTOR, recorded_at: at };
      await trx
        .updateTable('tickets')
        .set({ version: stored.version + 1, ...r })
        .where('ref', '=', ref)
        .execute();
      for (const [i, event] of added.entries())
        await trx
          .insertInto('ticket_events')
          .values(ticketEventRow(ref, stored.ticket.history.length + i, event, r))
          .execute();
      await audit(trx, at, ITOP_ACTOR, 'ticket-itop-sync', 'ticket', ref, { from: fromItop.ref, added });
      merged += 1;
    }
    const applied = await applyTickets(trx, fresh, (i) => i + 1, {
      recorded_by: ITOP_ACTOR,
      recorded_at: at,
    });
    if (Array.isArray(applied)) errors.push(...applied.map(describeError));
    if (errors.length > 0) throw new SyncRefused(errors);
    // The next run starts from the last update read, or from the first one left for later.
    const updates = [...updateOf.values()].filter((u) => u !== '').sort();
    const waitingSince = skipped.filter((u) => u !== '').sort()[0];
    const latest = skipped.length > 0 ? (waitingSince ?? since) : (updates.at(-1) ?? since);
    if (latest !== null)
      await trx
        .insertInto('meta')
        .values({ key: SINCE_KEY, value: latest })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: latest }))
        .execute();
    return merged + (Array.isArray(applied) ? 0 : applied.inserted + applied.updated);
  }).catch((error: unknown) => {
    if (error instanceof SyncRefused) return error.errors;
    throw error;
  });
  return Array.isArray(outcome)
    ? record(answer.objects.length, 0, outcome)
    : record(answer.objects.length, outcome, []);
}

/** The opale ticket a description's marker names (see `opaleMarker`), if any. */
function markedRef(description: string): string | undefined {
  return MARKER.exec(description)?.[1];
}
const MARKER = /opale:([A-Za-z0-9_-]+)/;

// Thrown inside the transaction to roll it back whole.
class SyncRefused extends Error {
  constructor(readonly errors: string[]) {
    super('sync refused');
  }
}

function describeError(e: RowError): string {
  return e.line > 0 ? `#${e.line}, ${e.field}: ${e.reason}` : `${e.field}: ${e.reason}`;
}

// In a write transaction: the revision moves, so that answers kept by revision show the run.
async function recordRun(
  transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
  run: SyncRun,
): Promise<SyncRun> {
  await transaction((trx) =>
    trx
      .insertInto('itop_sync_runs')
      .values({
        started_at: run.startedAt,
        finished_at: run.finishedAt,
        since: run.since,
        read: run.read,
        written: run.written,
        errors: JSON.stringify(run.errors),
      })
      .execute(),
  );
  return run;
}

/** The last runs of the sync, newest first. */
export async function syncRuns(db: Kysely<Database>, limit: number): Promise<SyncRun[]> {
  const rows = await db.selectFrom('itop_sync_runs').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    since: r.since,
    read: Number(r.read),
    written: Number(r.written),
    errors: JSON.parse(r.errors) as string[],
  }));
}
