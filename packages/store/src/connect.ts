import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type KyselyConfig, PostgresDialect } from 'kysely';
import pg from 'pg';
import { postgresRows, type RowSource, sqliteRows } from './row-source.js';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect } from './sqlite-dialect.js';

export type Engine = 'sqlite' | 'postgres';

/** Where the records live: a PostgreSQL URL, or the path of a SQLite file (`:memory:` for tests). */
export interface Location {
  readonly engine: Engine;
  /** The PostgreSQL URL, or the absolute path of the SQLite file. */
  readonly target: string;
}

/** The embedded database of a fresh checkout: a file under `./data/`, created on first use. */
export const DEFAULT_SQLITE_FILE = 'data/opale.sqlite';

/**
 * Reads where the records live: `url` if given, else `OPALE_DATABASE_URL`, else the embedded
 * SQLite file. `postgres://` and `postgresql://` URLs choose PostgreSQL; `sqlite:<path>`, a plain
 * path or `:memory:` choose SQLite.
 */
export function locate(url: string | undefined = process.env.OPALE_DATABASE_URL): Location {
  const value = url?.trim() || DEFAULT_SQLITE_FILE;
  if (/^postgres(ql)?:\/\//.test(value)) return { engine: 'postgres', target: value };
  const path = value.replace(/^sqlite:(\/\/)?/, '');
  return { engine: 'sqlite', target: path === ':memory:' ? path : resolve(path) };
}

/** Opens the embedded database with the settings the store relies on. */
export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers go on while one writer commits; a killed process leaves the last committed state.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  return database;
}

/** Called with the SQL of each statement run: for tests that count them, and for tracing. */
export type QueryListener = (sql: string) => void;

/** A typed query builder over the chosen engine. */
export function connect(location: Location, onQuery?: QueryListener): Kysely<Database> {
  return connectWithRows(location, onQuery).db;
}

/** A typed query builder over the chosen engine, and the same connections' rows read as arrays. */
export function connectWithRows(
  location: Location,
  onQuery?: QueryListener,
): { db: Kysely<Database>; rows: RowSource } {
  const log: KyselyConfig['log'] = onQuery
    ? (event) => {
        if (event.level === 'query') onQuery(event.query.sql);
      }
    : undefined;
  if (location.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: location.target, max: 10 });
    // A connection the server closes (a restart, a failover) fails the query it was running, if
    // any, and the pool drops it and opens another for the next query. Its error event, unheard,
    // would end the process: idle connections report to the pool, busy ones to themselves.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log }),
      rows: postgresRows(pool, onQuery),
    };
  }
  const database = openSqlite(location.target);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }), log });
  return { db, rows: sqliteRows(db, database, onQuery) };
}

/** The URL or file shown to users, without a password. */
export function describeLocation(location: Location): string {
  if (location.engine === 'sqlite') return `SQLite ${location.target}`;
  try {
    const u = new URL(location.target);
    if (u.password) u.password = '***';
    return `PostgreSQL ${u.toString()}`;
  } catch {
    return 'PostgreSQL';
  }
}
