import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken } from './auth.js';
import { PERSISTED_DOCUMENTS_FILE } from './persisted-documents.js';
import { type Started, startSeeded } from './server.fixture.js';

// The web client's documents named by hash, as its build leaves them beside its index.html: run
// by GET, kept and revalidated by ETag like any query, never another caller's, never a change.
const UAI = academieDemo.eple[0]?.uai as string;
const OTHER = academieDemo.eple[1]?.uai as string;
const FOLLOW_UPS = 'query FollowUps($uai: String!) { eple(uai: $uai) { uai followUps { note } } }';
const SCHOOLS = 'query Schools { eples(first: 100) { edges { node { uai } } } }';
const RECORD =
  'mutation Record($uai: String!, $note: String!) { recordFollowUp(uai: $uai, kind: "call", note: $note, on: "2024-01-22") { __typename } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let server: Started;
let web: string;

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'opale-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>opale</title>');
  const manifest = Object.fromEntries([FOLLOW_UPS, SCHOOLS, RECORD].map((text) => [sha256(text), text]));
  writeFileSync(join(web, PERSISTED_DOCUMENTS_FILE), JSON.stringify(manifest));
  server = await startSeeded(SECRET, { OPALE_WEB_DIR: web });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  rmSync(web, { recursive: true, force: true });
});

/** A request naming a document by hash, as urql's persisted exchange sends it. */
const byHash = (
  method: 'GET' | 'POST',
  token: string,
  hash: string,
  variables: object = {},
  headers: Record<string, string> = {},
) => {
  const params = { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)]));
  return fetch(method === 'GET' ? `${server.base}/graphql?${search}` : `${server.base}/graphql`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'x-graphql-yoga-csrf': '1',
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(method === 'POST' ? { body: JSON.stringify(params) } : {}),
  });
};

describe('documents named by hash', () => {
  it('are answered by GET with an ETag, 304 while unchanged, the new answer after a write', async () => {
    const token = await signToken(SECRET, { role: 'si2c' });
    const get = (etag?: string) =>
      byHash('GET', token, sha256(FOLLOW_UPS), { uai: UAI }, etag ? { 'if-none-match': etag } : {});
    const first = await get();
    expect(first.status).toBe(200);
    expect(JSON.parse(await first.text())).toMatchObject({ data: { eple: { uai: UAI } } });
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toBe('authorization');

    const again = await get(etag);
    expect(again.status).toBe(304);
    expect(again.headers.get('x-opale-cache')).toBe('hit');
    expect(again.headers.get('etag')).toBe(etag);

    const write = await byHash('POST', token, sha256(RECORD), { uai: UAI, note: 'by hash' });
    expect(await write.text()).toContain('MutationRecordFollowUpSuccess');
    const changed = await get(etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('"by hash"');
  });

  it('are kept apart for each caller and each variables', async () => {
    const one = await signToken(SECRET, { role: 'eple', uais: [UAI] });
    const other = await signToken(SECRET, { role: 'eple', uais: [OTHER] });
    const schools = (token: string, etag?: string) =>
      byHash('GET', token, sha256(SCHOOLS), {}, etag ? { 'if-none-match': etag } : {});
    const mine = await schools(one);
    const etag = mine.headers.get('etag') as string;
    expect(await mine.text()).toContain(UAI);
    // Another caller holding the first one's bytes is sent their own.
    const theirs = await schools(other, etag);
    expect(theirs.status).toBe(200);
    const text = await theirs.text();
    expect(text).toContain(OTHER);
    expect(text).not.toContain(UAI);
    expect((await schools(one, etag)).status).toBe(304);

    const committee = await signToken(SECRET, { role: 'committee' });
    const followUps = async (uai: string) =>
      JSON.parse(await (await byHash('GET', committee, sha256(FOLLOW_UPS), { uai })).text());
    expect((await followUps(UAI)).data.eple.uai).toBe(UAI);
    expect((await followUps(OTHER)).data.eple.uai).toBe(OTHER);
  });

  it('answer an unknown hash PersistedQueryNotFound, and still run any document sent whole', async () => {
    const token = await signToken(SECRET, { role: 'committee' });
    for (const method of ['GET', 'POST'] as const) {
      const unknown = await byHash(method, token, sha256('query Unknown { __typename }'));
      const body = JSON.parse(await unknown.text());
      expect(body.errors[0]).toMatchObject({
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', field: 'extensions.persistedQuery.sha256Hash' },
      });
      expect(unknown.status).toBe(200);
      // An error is never kept: asked again, computed again.
      const again = await byHash(method, token, sha256('query Unknown { __typename }'));
      expect(again.headers.get('x-opale-cache')).toBe('miss');
    }
    const whole = await fetch(`${server.base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${token}`, 'x-graphql-yoga-csrf': '1' },
    });
    expect(await whole.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('never run a mutation by GET', async () => {
    const token = await signToken(SECRET, { role: 'si2c' });
    const refused = await byHash('GET', token, sha256(RECORD), { uai: OTHER, note: 'by GET' });
    expect(refused.status).toBe(405);
    expect(await refused.text()).toContain('mutation');
    const notes = await byHash('GET', token, sha256(FOLLOW_UPS), { uai: OTHER });
    expect(await notes.text()).not.toContain('by GET');
  });
});
