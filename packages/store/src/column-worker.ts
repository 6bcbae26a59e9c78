import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  type ColumnSet,
  type ColumnStatement,
  ColumnsBuilder,
  handedOver,
  transferables,
} from './columns.js';
import type { Engine } from './connect.js';
import { copyColumns } from './copy-columns.js';
import { unpack } from './packed-columns.js';
import { ordered } from './row-orders.js';
import { stepSqlite } from './row-source.js';

// A worker thread's entry: runs statements one after the other on a connection of its own and
// hands the rows of each back as columns (see columns.ts) as soon as it is read, while the thread
// that asked reads other records and builds the records of the sets already handed over.

/** What a column worker is asked: where the records are, and the statements to run, in order. */
export interface ColumnJob {
  readonly engine: Engine;
  /** The PostgreSQL URL, or the SQLite file. */
  readonly target: string;
  readonly statements: readonly ColumnStatement[];
}

/** What a column worker posts: each statement's rows as columns (by its index in the job), or the failure that ends it. */
export type ColumnReply = { ok: true; index: number; set: ColumnSet } | { ok: false; message: string };

/** A SQLite statement's rows as columns: read packed when it can be, else as they are. */
function sqliteColumns(database: SQLite.Database, statement: ColumnStatement): ColumnSet {
  const { packed, columns } = statement;
  if (packed) {
    // The columns not packed keep their order, then the packed text: which are plain follows.
    const others = [...Array(columns).keys()].filter((c) => !packed.fields.includes(c));
    const plain = others.flatMap((c, i) => (statement.plain.includes(c) ? [i] : []));
    const builder = new ColumnsBuilder(others.length + 1, plain);
    stepSqlite(database, packed.sql, packed.parameters, builder.row);
    const set = unpack(builder.done(), packed, columns, statement.integers);
    if (set) return set;
  }
  const builder = new ColumnsBuilder(columns, statement.plain);
  stepSqlite(database, statement.sql, statement.parameters, builder.row);
  return builder.done();
}

/** A connection of this thread's own to the records: how to read a statement's columns on it, and to close it. */
function connection(job: ColumnJob): {
  columnsOf: (statement: ColumnStatement) => Promise<ColumnSet>;
  close: () => Promise<void>;
} {
  if (job.engine === 'sqlite') {
    const database = new SQLite(job.target, { readonly: true, fileMustExist: true });
    database.pragma('busy_timeout = 10000');
    return {
      columnsOf: async (statement) => sqliteColumns(database, statement),
      close: async () => void database.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: job.target, max: 1 });
  pool.on('error', () => undefined);
  return {
    columnsOf: (statement) => {
      if (statement.parameters.length > 0)
        throw new Error('reading the records: a statement read by a COPY takes no parameters');
      return copyColumns(pool, statement.sql, statement);
    },
    close: () => pool.end(),
  };
}

async function read(job: ColumnJob, each: (index: number, set: ColumnSet) => void): Promise<void> {
  const { columnsOf, close } = connection(job);
  try {
    for (const [index, statement] of job.statements.entries()) {
      const set = await columnsOf(statement);
      each(index, statement.orderBy ? ordered(set, statement.orderBy, statement.arrangeBy) : set);
    }
  } finally {
    await close();
  }
}

const port = parentPort;
if (port) {
  read(workerData as ColumnJob, (index, set) => {
    const handed = handedOver(set);
    port.postMessage({ ok: true, index, set: handed } satisfies ColumnReply, transferables(handed));
  }).catch((error: unknown) =>
    port.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies ColumnReply),
  );
}
