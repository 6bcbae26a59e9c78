import type { Kysely } from 'kysely';
import type { Engine } from './connect.js';
import type { Database } from './schema.js';

/** Bound parameters one statement may carry, with room to spare, per engine. */
const MAX_PARAMETERS: Record<Engine, number> = { sqlite: 30_000, postgres: 60_000 };

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
