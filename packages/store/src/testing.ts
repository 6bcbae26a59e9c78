/** For the tests of opale's packages: the engines to run a suite against and fresh databases of each. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The PostgreSQL the tests use; `OPALE_TEST_PG_URL` overrides it. */
export const TEST_PG_URL = process.env.OPALE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL must be there (CI sets it): then its absence fails instead of skipping. */
export const PG_REQUIRED = process.env.OPALE_REQUIRE_PG === '1';

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pgProblem = await reachable(TEST_PG_URL);
if (pgProblem !== null) {
  const line = `PostgreSQL is not reachable at ${TEST_PG_URL} (${pgProblem}): the PostgreSQL tests are skipped. Set OPALE_TEST_PG_URL, or OPALE_REQUIRE_PG=1 to make this an error.`;
  if (PG_REQUIRED) throw new Error(line);
  console.warn(line);
}

/** The engines to run a suite against: SQLite always, PostgreSQL when reachable. */
export const ENGINES: readonly ('sqlite' | 'postgres')[] =
  pgProblem === null ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, empty database of that engine, and how to throw it away. */
export async function freshDatabase(
  engine: 'sqlite' | 'postgres',
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'opale-store-'));
    return {
      url: join(dir, 'opale.sqlite'),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  // One schema per database so that test files and runs never see each other's rows.
  const schema = `opale_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/**
 * A database of that engine kept between runs under `name`: the file `<dir>/<name>.sqlite`, or
 * the PostgreSQL schema `opale_kept_<name>`; created empty the first time. For benchmarks that
 * seed many records once (drop the file or the schema to start again).
 */
export async function keptDatabase(
  engine: 'sqlite' | 'postgres',
  name: string,
  dir: string,
): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(`keptDatabase: name must be lower-case letters, digits and _, got "${name}"`);
  if (engine === 'sqlite') {
    mkdirSync(dir, { recursive: true });
    return join(dir, `${name}.sqlite`);
  }
  const schema = `opale_kept_${name}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create schema if not exists ${schema}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** The tables of the records, for tests that bound what a read may cost (one statement a table at most). */
export { TABLES_PARENTS_FIRST as RECORD_TABLES } from './schema.js';

/** Whole numbers below `n`, the same ones for the same `seed` on every run: test rows that vary without being random. */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}
