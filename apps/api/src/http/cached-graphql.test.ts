import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../caller.js';
import type { PersistedDocuments } from '../persisted-documents.js';
import { cachedGraphql } from './cached-graphql.js';

// The cache in front of yoga, with a stand-in for yoga that says what it computed and for whom:
// each goal of the kept answers (one computation a key, never another caller's, emptied by a
// change of the records, bounded by bytes) checked on the wire.
const CALLERS: Record<string, Caller> = {
  one: { subject: 'one', role: 'eple', uais: ['0750001A'] },
  two: { subject: 'two', role: 'eple', uais: ['0750002B'] },
  both: { subject: 'both', role: 'eple', uais: ['0750001A', '0750002B'] },
  bothAgain: { subject: 'other', role: 'eple', uais: ['0750002B', '0750001A'] },
  committee: { subject: 'c', role: 'committee', uais: [] },
};

// Two documents of the client by hash (the hashes need not be real here: the manifest is
// checked where it is read).
const QUERY = 'a'.repeat(64);
const MUTATION = 'b'.repeat(64);
const PERSISTED: PersistedDocuments = new Map([
  [QUERY, { text: 'query Eples { eples { uai } }', readsOnly: true }],
  [MUTATION, { text: 'mutation Close { close }', readsOnly: false }],
]);
const named = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

let server: Server | null = null;
afterEach(() => server?.close());

interface Options {
  maxBytes?: number;
  /** Held until it resolves: the computation many requests wait for. */
  gate?: Promise<void>;
  onVerify?: () => void;
}

async function serve(options: Options = {}) {
  const state = { revision: 1, computed: 0 };
  const handle = cachedGraphql({
    answer: async (req: IncomingMessage) => {
      const n = ++state.computed;
      await options.gate;
      const body = (req as IncomingMessage & { body: Buffer }).body?.toString() ?? req.url;
      const data = { n, for: req.headers.authorization ?? null, asked: body };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    },
    passThrough: (_req, res) => res.writeHead(415).end(),
    verify: async (token) => {
      options.onVerify?.();
      const caller = CALLERS[token];
      if (!caller) throw new Error('unknown token');
      return caller;
    },
    revision: async () => state.revision,
    today: () => '2024-01-22',
    persisted: PERSISTED,
    bodyBytes: 10_000,
    maxBytes: options.maxBytes ?? 1_000_000,
  });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  const ask = async (token: string | null, query = '{ eples { uai } }') => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    return { cache: res.headers.get('x-opale-cache'), text, data: JSON.parse(text).data };
  };
  /** A GET or POST naming a document by hash (and no query), as the web client sends it. */
  const askByHash = async (method: 'GET' | 'POST', hash: string, variables: object = {}) => {
    const params = { operationName: 'Eples', variables, extensions: named(hash) };
    const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)]));
    const res = await fetch(method === 'GET' ? `${url}?${search}` : url, {
      method,
      headers: { 'content-type': 'application/json', authorization: 'Bearer committee' },
      ...(method === 'POST' ? { body: JSON.stringify(params) } : {}),
    });
    return { cache: res.headers.get('x-opale-cache'), vary: res.headers.get('vary'), text: await res.text() };
  };
  return { state, ask, askByHash, cache: handle.cache };
}

describe('the answers kept in front of the API', () => {
  it('are computed once when fifty requests miss the same key at once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let verified = 0;
    // Released once all fifty have reached the cache: none of them can have been answered yet.
    const onVerify = () => {
      if (++verified === 50) setTimeout(release, 20);
    };
    const { state, ask } = await serve({ gate, onVerify });
    const answers = await Promise.all(Array.from({ length: 50 }, () => ask('committee')));
    expect(state.computed).toBe(1);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect((await ask('committee')).cache).toBe('hit');
  });

  it('are never another caller’s: role and schools are in every key', async () => {
    const { state, ask } = await serve();
    for (let round = 0; round < 2; round++) {
      expect((await ask('one')).data.for).toBe('Bearer one');
      expect((await ask('two')).data.for).toBe('Bearer two');
      expect((await ask('committee')).data.for).toBe('Bearer committee');
      expect((await ask(null)).data.for).toBe(null);
    }
    expect(state.computed).toBe(4);
    // The same role and the same schools, in any order: the same answer, whoever asks.
    await ask('both');
    expect(await ask('bothAgain')).toMatchObject({ cache: 'hit', data: { for: 'Bearer both' } });
    expect(state.computed).toBe(5);
  });

  it('are emptied when the records change, and bounded by bytes', async () => {
    const { state, ask, cache } = await serve({ maxBytes: 2_000 });
    for (let i = 0; i < 30; i++) await ask('committee', `{ eple(uai: "${i}") { name } }`);
    expect(cache.bytes).toBeGreaterThan(0);
    expect(cache.bytes).toBeLessThanOrEqual(2_000);
    expect((await ask('committee', '{ eple(uai: "29") { name } }')).cache).toBe('hit');
    state.revision = 2;
    const after = await ask('committee', '{ eple(uai: "29") { name } }');
    expect(after.cache).toBe('miss');
    expect(after.data.n).toBe(31);
    expect(cache.bytes).toBeLessThan(200);
  });

  it('never keep a change, nor what a JSON escape could hide one in', async () => {
    const { state, ask } = await serve();
    for (const query of ['mutation { close }', '\\u006dutation { close }']) {
      await ask('committee', query);
      expect((await ask('committee', query)).cache).toBe('miss');
    }
    expect(state.computed).toBe(4);
  });

  it('keep a query named by its hash, by GET or POST, apart for each hash and variables', async () => {
    const { state, askByHash } = await serve();
    for (const method of ['GET', 'POST'] as const) {
      expect((await askByHash(method, QUERY, { first: 1 })).cache).toBe('miss');
      expect(await askByHash(method, QUERY, { first: 1 })).toMatchObject({ cache: 'hit' });
      expect((await askByHash(method, QUERY, { first: 2 })).cache).toBe('miss');
    }
    expect(state.computed).toBe(4);
    expect((await askByHash('GET', QUERY, { first: 1 })).vary).toBe('authorization');
  });

  it('never keep what a hash names unless it is a known query', async () => {
    const { state, askByHash } = await serve();
    for (const method of ['GET', 'POST'] as const)
      for (const hash of [MUTATION, 'c'.repeat(64)]) {
        await askByHash(method, hash);
        expect((await askByHash(method, hash)).cache).toBe('miss');
      }
    expect(state.computed).toBe(8);
  });
});
