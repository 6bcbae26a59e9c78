import type { Kysely } from 'kysely';
import type { Engine } from './connect.js';
import type { Database } from './schema.js';

/** Bound parameters one statement may carry, with room to spare, per engine. */
const MAX_PARAMETERS: Record<Engine, number> = { sqlite: 30_000, postgres: 60_000 };

/** Bound parameters per IN list: well within both engines' limits (SQLite's 32,766, PostgreSQL's 65,535). */
const IN_LIST = 5000;

/** Runs `query` for each chunk of `keys` and concatenates the rows: one statement for up to 5,000 keys, none for none. */
export async function chunked<R>(
  keys: readonly string[],
  query: (chunk: readonly string[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < keys.length; i += IN_LIST) out.push(...(await query(keys.slice(i, i + IN_LIST))));
  return out;
}

/** Runs `read` once, unfiltered, when `keys` is null, else once per chunk of `keys`, one after the other. */
export async function eachChunk(
  keys: readonly string[] | null,
  read: (chunk: readonly string[] | null) => Promise<void>,
): Promise<void> {
  if (keys === null) return read(null);
  for (let i = 0; i < keys.length; i += IN_LIST) await read(keys.slice(i, i + IN_LIST));
}

/** Progress of a long piece of work, for a progress bar. */
export type Progress = (step: string, done: number, total: number) => void;

/**
 * Inserts `rows` in multi-row statements as large as the engine allows: one statement per
 * chunk instead of one per row is what makes seeding national data take seconds, not minutes.
 */
export async function insertChunked<T extends keyof Database & string>(
  db: Kysely<Database>,
  engine: Engine,
  table: T,
  rows: readonly object[],
  progress?: Progress,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS[engine] / Math.max(1, columns)));
  for (let i = 0; i < rows.length; i += size) {
    // Rows were built by rows.ts for this very table; the generic table name hides their type.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
    progress?.(table, Math.min(i + size, rows.length), rows.length);
  }
}
