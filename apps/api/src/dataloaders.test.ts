import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { academieDemo } from '@opale/sample-data';
import { Store } from '@opale/store';
import { RECORD_TABLES } from '@opale/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken, verifierFrom } from './auth.js';
import { createApi } from './yoga.js';

// A page of EPLE with, for each, its kit by actor, tickets, follow-ups, budget and difficulty.
const PAGE = `query($first: Int!) { eples(first: $first, orderBy: name) { edges { node {
  uai kit(asOf: "2024-01-22") { finalized byActor { actor finalized } }
  tickets { ref state(asOf: "2024-01-22") { status } }
  followUps { on } budget(asOf: "2024-01-22") { executoireOn } difficulty(asOf: "2024-01-22") { score } } } } }`;

// The tickets page of the web client: each ticket with the version a change must be based on.
const TICKETS = `query($first: Int!) { tickets(first: $first, asOf: "2024-01-22") { edges { node {
  ref title version state(asOf: "2024-01-22") { status handler team ageDays } } } } }`;

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'opale-loaders-'));
  file = join(dir, 'opale.sqlite');
  const store = await Store.open(file);
  await store.replaceDataset(academieDemo, 'test');
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a page query twice on a store that has read nothing yet; the SQL statements of each run. */
async function statements(first: number, query = PAGE): Promise<{ cold: string[]; warm: string[] }> {
  let seen: string[] = [];
  const store = await Store.open(file, { onQuery: (sql) => seen.push(sql) });
  try {
    const api = createApi({
      store,
      verify: verifierFrom({ secret: SECRET }),
      graphiql: false,
    });
    const token = await signToken(SECRET, { role: 'si2c' });
    const run = async () => {
      seen = [];
      const res = await api.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { first } }),
      });
      const body = (await res.json()) as { data?: Record<string, { edges: unknown[] }>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {})[0]?.edges).toHaveLength(first);
      return seen;
    };
    return { cold: await run(), warm: await run() };
  } finally {
    await store.close();
  }
}

describe('a page of EPLE with their tickets and kit', () => {
  it('costs the same SQL statements for 10 EPLE as for 100: no query per EPLE', async () => {
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(hundred.cold.length).toBe(ten.cold.length);
    // One read of each table at most, whatever the page size, and the revision checked.
    expect(hundred.cold.length).toBeLessThanOrEqual(RECORD_TABLES.length + 1);
    // Asked again with no write in between: only the revision is checked.
    expect(hundred.warm).toHaveLength(1);
    expect(hundred.warm[0]).toMatch(/store_revision/);
  });
});

describe('a page of tickets with their versions', () => {
  it('reads the versions of a page in one statement, for 10 tickets as for 100', async () => {
    const ten = await statements(10, TICKETS);
    const hundred = await statements(100, TICKETS);
    console.log(
      `tickets page: ${ten.cold.length} SQL statements for 10 tickets, ${hundred.cold.length} for 100; asked again, ${hundred.warm.length}`,
    );
    expect(hundred.cold.length).toBe(ten.cold.length);
    expect(hundred.cold.filter((sql) => /"version"/.test(sql))).toHaveLength(1);
    // Asked again: the revision, and the versions (never kept: a change must see the latest).
    expect(hundred.warm).toHaveLength(2);
  });
});
