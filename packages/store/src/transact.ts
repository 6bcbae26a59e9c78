import type { Kysely, Transaction } from 'kysely';
import type { Engine } from './connect.js';
import type { Database } from './schema.js';

// better-sqlite3 waits for a lock synchronously: two connections of one process to one file
// would block the event loop, and with it the transaction holding the lock. Their write
// transactions therefore queue here, without blocking; other processes wait on the file lock.
const queues = new Map<string, Promise<unknown>>();

/** The revision of the records: it changes with every committed write transaction. */
export async function revision(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('store_revision').select('value').where('id', '=', 1).executeTakeFirst();
  return Number(row?.value ?? 0);
}

/**
 * Runs `work` in a write transaction that bumps the revision of the records (see
 * {@link revision}); on SQLite, queued behind this process's other writes to the same file.
 */
export function transact<T>(
  db: Kysely<Database>,
  engine: Engine,
  target: string,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const write = () =>
    db.transaction().execute(async (trx) => {
      await trx
        .updateTable('store_revision')
        .set((eb) => ({ value: eb('value', '+', 1) }))
        .where('id', '=', 1)
        .execute();
      return work(trx);
    });
  if (engine === 'postgres') return write();
  const previous = queues.get(target) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(write);
  queues.set(target, run);
  // The caller handles the outcome of `run`; this derived promise must not report it again.
  run
    .finally(() => {
      if (queues.get(target) === run) queues.delete(target);
    })
    .catch(() => undefined);
  return run;
}
