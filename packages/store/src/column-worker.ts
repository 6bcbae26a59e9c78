import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type ColumnSet, type ColumnStatement, ColumnsBuilder, transferables } from './columns.js';
import type { Engine } from './connect.js';
import { stepSqlite, streamPostgres } from './row-source.js';

// A worker thread's entry: runs statements on a connection of its own and hands their rows back as
// columns (see columns.ts), while the thread that asked reads other records.

/** What a column worker is asked: where the records are, and the statements to run. */
export interface ColumnJob {
  readonly engine: Engine;
  /** The PostgreSQL URL, or the SQLite file. */
  readonly target: string;
  readonly statements: readonly ColumnStatement[];
}

/** What a column worker answers: a set of columns a statement, in the order asked. */
export type ColumnReply = { ok: true; sets: ColumnSet[] } | { ok: false; message: string };

async function read(job: ColumnJob): Promise<ColumnSet[]> {
  const builders = job.statements.map((s) => new ColumnsBuilder(s));
  if (job.engine === 'sqlite') {
    const database = new SQLite(job.target, { readonly: true, fileMustExist: true });
    try {
      database.pragma('busy_timeout = 10000');
      // One snapshot for all the statements.
      database.transaction(() => {
        job.statements.forEach((s, i) => {
          stepSqlite(database, s.sql, s.parameters, (builders[i] as ColumnsBuilder).row);
        });
      })();
    } finally {
      database.close();
    }
  } else {
    // A connection a statement, all at once: the server runs one while this thread takes another's rows.
    const pool = new pg.Pool({ connectionString: job.target, max: job.statements.length });
    pool.on('error', () => undefined);
    try {
      await Promise.all(
        job.statements.map((s, i) =>
          streamPostgres(pool, s.sql, s.parameters, (builders[i] as ColumnsBuilder).row),
        ),
      );
    } finally {
      await pool.end();
    }
  }
  return builders.map((b) => b.done());
}

const port = parentPort;
if (port) {
  read(workerData as ColumnJob).then(
    (sets) => port.postMessage({ ok: true, sets } satisfies ColumnReply, transferables(sets)),
    (error: unknown) =>
      port.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ColumnReply),
  );
}
