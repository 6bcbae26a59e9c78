import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { insertChunked, type Progress } from './chunks.js';
import { connect, type Engine, openSqlite } from './connect.js';
import { migrate } from './migrations/index.js';
import { type Database, TABLES_PARENTS_FIRST } from './schema.js';
import type { Store } from './store.js';
import { transact } from './transact.js';
import { emptyRecords } from './write-dataset.js';

/** Rows per table copied. */
export type TableCounts = Record<string, number>;

/**
 * Copies every table from `from` into the (empty) `to`, parents first; only those in `present`
 * when given (a backup taken before a later migration lacks that migration's tables).
 */
async function copyTables(
  from: Kysely<Database>,
  to: Kysely<Database>,
  toEngine: Engine,
  progress?: Progress,
  present?: ReadonlySet<string>,
): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of TABLES_PARENTS_FIRST) {
    if (present && !present.has(table)) continue;
    const rows = await from.selectFrom(table).selectAll().execute();
    await insertChunked(to, toEngine, table, rows, progress);
    counts[table] = rows.length;
  }
  return counts;
}

/**
 * Writes an online, consistent copy of the records to `file`, a SQLite database whatever the
 * engine (so that a backup of PostgreSQL restores into SQLite and back). Writes may go on
 * meanwhile: the copy is the state of one instant. SQLite is copied by `VACUUM INTO` within one
 * read snapshot; PostgreSQL in one repeatable-read, read-only transaction.
 */
export async function backup(store: Store, file: string, progress?: Progress): Promise<TableCounts> {
  const target = resolve(file);
  if (existsSync(target)) throw new Error(`backup: ${target} exists already; choose a new file`);
  if (store.engine === 'sqlite') {
    const source = openSqlite(store.location.target);
    try {
      source.prepare('vacuum into ?').run(target);
    } finally {
      source.close();
    }
    const copy = connect({ engine: 'sqlite', target });
    try {
      const counts: TableCounts = {};
      for (const table of TABLES_PARENTS_FIRST) {
        const row = await copy
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        counts[table] = Number(row.n);
      }
      return counts;
    } finally {
      await copy.destroy();
    }
  }
  const copy = connect({ engine: 'sqlite', target });
  try {
    await migrate(copy, 'sqlite');
    return await store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((snapshot) => copyTables(snapshot, copy, 'sqlite', progress));
  } catch (error) {
    await copy.destroy();
    rmSync(target, { force: true });
    throw error;
  } finally {
    await copy.destroy().catch(() => undefined);
  }
}

/**
 * Replaces every record of `store`, audit log included, by those of a backup file, in one
 * transaction: a restore happens whole or not at all.
 */
export async function restore(store: Store, file: string, progress?: Progress): Promise<TableCounts> {
  const source = resolve(file);
  if (!existsSync(source)) throw new Error(`restore: no backup file ${source}`);
  const from = connect({ engine: 'sqlite', target: source });
  try {
    const meta = await from
      .selectFrom('meta')
      .select('key')
      .limit(1)
      .execute()
      .catch(() => null);
    if (meta === null) throw new Error(`restore: ${source} is not an opale backup`);
    return await transact(store.db, store.engine, store.location.target, async (trx) => {
      await emptyRecords(trx, []);
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
        from,
      );
      const present = new Set(tables.rows.map((t) => t.name));
      const counts = await copyTables(from, trx, store.engine, progress, present);
      if (store.engine === 'postgres') await resetSequences(trx);
      return counts;
    });
  } finally {
    await from.destroy();
  }
}

// Rows copied with their ids leave PostgreSQL's sequences behind: the next insert would collide.
async function resetSequences(db: Kysely<Database>): Promise<void> {
  for (const table of [
    'budget_events',
    'kit_events',
    'restitution_alerts',
    'follow_ups',
    'audit_log',
    'imports',
  ]) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}
