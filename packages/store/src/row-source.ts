import type SQLite from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/**
 * Runs a select and hands `each` its rows one by one, each as the array of its columns in the
 * order selected. Reading the national records this way builds no object per row, and on SQLite
 * keeps no row once its record is built.
 */
export type RowSource = <R extends readonly unknown[]>(
  query: Compilable<unknown>,
  each: (row: R) => void,
) => Promise<void>;

/**
 * Rows read through Kysely as objects, then given as arrays: for reads within a transaction
 * (which holds the connection), on either engine. Kysely and both drivers keep the columns of a
 * row object in the order selected.
 */
export function objectRows(db: Kysely<Database>): RowSource {
  return async <R extends readonly unknown[]>(query: Compilable<unknown>, each: (row: R) => void) => {
    const { rows } = await db.executeQuery(query.compile());
    for (const row of rows) each(Object.values(row as object) as unknown as R);
  };
}

/**
 * Rows of the SQLite database behind `db`, stepped one at a time as arrays. It takes Kysely's
 * connection first, so that it never reads in the middle of a transaction of this store.
 */
export function sqliteRows(
  db: Kysely<Database>,
  database: SQLite.Database,
  onQuery?: (sql: string) => void,
): RowSource {
  return <R extends readonly unknown[]>(query: Compilable<unknown>, each: (row: R) => void) =>
    db.connection().execute(async () => {
      const { sql, parameters } = query.compile();
      onQuery?.(sql);
      stepSqlite(database, sql, parameters, each);
    });
}

/** Steps the rows of one statement of `database`, each as the array of its columns. */
export function stepSqlite<R extends readonly unknown[]>(
  database: SQLite.Database,
  sql: string,
  parameters: readonly unknown[],
  each: (row: R) => void,
): void {
  for (const row of database
    .prepare(sql)
    .raw(true)
    .iterate(...parameters)) {
    each(row as R);
  }
}

/**
 * Rows of the PostgreSQL pool behind `db`, as arrays, handed over as they arrive: pg keeps none
 * (a row listener and no callback), and several reads run at once on the pool's connections.
 */
export function postgresRows(pool: pg.Pool, onQuery?: (sql: string) => void): RowSource {
  return async <R extends readonly unknown[]>(query: Compilable<unknown>, each: (row: R) => void) => {
    const { sql, parameters } = query.compile();
    onQuery?.(sql);
    await streamPostgres(pool, sql, parameters, each);
  };
}

/** Hands `each` the rows of one statement run on a connection of `pool`, as they arrive, as arrays. */
export async function streamPostgres<R extends readonly unknown[]>(
  pool: pg.Pool,
  sql: string,
  parameters: readonly unknown[],
  each: (row: R) => void,
): Promise<void> {
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const config: pg.QueryArrayConfig = { text: sql, values: [...parameters], rowMode: 'array' };
      const read = new pg.Query(config);
      read.on('row', (row: R) => {
        // Thrown here, it would reach the connection's parser: kept, and the read fails at its end.
        if (failed) return;
        try {
          each(row);
        } catch (error) {
          failed = error instanceof Error ? error : new Error(String(error));
        }
      });
      read.on('error', (error: Error) => reject(error));
      read.on('end', () => (failed ? reject(failed) : resolve()));
      client.query(read);
    });
  } catch (error) {
    // The connection is closed rather than given back when it may be what failed; a read that
    // failed only in building its records leaves it as good as it was.
    client.release(failed ? undefined : (error as Error));
    throw error;
  }
  client.release();
}
