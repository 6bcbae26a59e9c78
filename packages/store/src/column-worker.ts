import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type ColumnSet, type ColumnStatement, ColumnsBuilder, transferables } from './columns.js';
import type { Engine } from './connect.js';
import { stepSqlite, streamPostgres } from './row-source.js';

// A worker thread's entry: runs a statement on a connection of its own and hands its rows back as
// columns (see columns.ts), while the thread that asked reads other records.

/** What a column worker is asked: where the records are, and the statement to run. */
export interface ColumnJob {
  readonly engine: Engine;
  /** The PostgreSQL URL, or the SQLite file. */
  readonly target: string;
  readonly statement: ColumnStatement;
}

/** What a column worker answers: the statement's rows as columns. */
export type ColumnReply = { ok: true; set: ColumnSet } | { ok: false; message: string };

async function read(job: ColumnJob): Promise<ColumnSet> {
  const { sql, parameters } = job.statement;
  const builder = new ColumnsBuilder(job.statement);
  if (job.engine === 'sqlite') {
    const database = new SQLite(job.target, { readonly: true, fileMustExist: true });
    try {
      database.pragma('busy_timeout = 10000');
      stepSqlite(database, sql, parameters, builder.row);
    } finally {
      database.close();
    }
  } else {
    const pool = new pg.Pool({ connectionString: job.target, max: 1 });
    pool.on('error', () => undefined);
    try {
      await streamPostgres(pool, sql, parameters, builder.row);
    } finally {
      await pool.end();
    }
  }
  return builder.done();
}

const port = parentPort;
if (port) {
  read(workerData as ColumnJob).then(
    (set) => port.postMessage({ ok: true, set } satisfies ColumnReply, transferables(set)),
    (error: unknown) =>
      port.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ColumnReply),
  );
}
