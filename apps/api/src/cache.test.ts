import { academieDemo } from '@opale/sample-data';
import { ENGINES, freshDatabase } from '@opale/store/testing';
import { describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken } from './auth.js';
import { seedDemo } from './bench/servers.js';
import { startSeeded, startServer } from './server.fixture.js';

// The answers the server keeps for queries asked again: never stale after a write (here or on
// another instance), never another caller's, revalidated by ETag.
const FOLLOW_UPS = `query($uai: String!) { eple(uai: $uai) { uai followUps { note } } }`;
const UAI = academieDemo.eple[0]?.uai as string;
const OTHER = academieDemo.eple[1]?.uai as string;

const post = async (base: string, token: string, query: string, variables: object = {}, headers = {}) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { res, text: await res.text() };
};

describe.each(ENGINES)('answers kept on %s', (engine) => {
  it('are never stale: a write on one instance is read at once on the other', async () => {
    const db = await freshDatabase(engine);
    await seedDemo(db.url);
    const env = { OPALE_JWT_SECRET: SECRET, OPALE_DATABASE_URL: db.url };
    const [one, two] = await Promise.all([startServer(env), startServer(env)]);
    try {
      const si2c = await signToken(SECRET, { role: 'si2c' });
      const notes = async (base: string) =>
        JSON.parse((await post(base, si2c, FOLLOW_UPS, { uai: UAI })).text).data.eple.followUps.map(
          (f: { note: string }) => f.note,
        );
      for (let round = 1; round <= 3; round++) {
        // Both instances have kept their answer.
        const before = await notes(two.base);
        const kept = await post(two.base, si2c, FOLLOW_UPS, { uai: UAI });
        expect(kept.res.headers.get('x-opale-cache')).toBe('hit');
        expect(await notes(two.base)).toEqual(before);
        expect(await notes(one.base)).toEqual(before);
        const writer = round % 2 === 0 ? two : one;
        const note = `round ${round}`;
        const write = await post(
          writer.base,
          si2c,
          `mutation($uai: String!, $note: String!) { recordFollowUp(uai: $uai, kind: "call", note: $note, on: "2024-01-22") { __typename } }`,
          { uai: UAI, note },
        );
        expect(write.text).toContain('MutationRecordFollowUpSuccess');
        expect(await notes(two.base)).toContain(note);
        expect(await notes(one.base)).toContain(note);
      }
    } finally {
      await Promise.all([one.stop(), two.stop()]);
      await db.drop();
    }
  });
});

describe('answers kept', () => {
  it('are never another caller’s: each role and school gets its own', async () => {
    const server = await startSeeded(SECRET);
    try {
      const LIST = '{ eples(first: 100) { edges { node { uai } } } }';
      const uais = async (token: string) =>
        JSON.parse((await post(server.base, token, LIST)).text).data.eples.edges.map(
          (e: { node: { uai: string } }) => e.node.uai,
        );
      for (let round = 0; round < 2; round++) {
        expect(await uais(await signToken(SECRET, { role: 'eple', uais: [UAI] }))).toEqual([UAI]);
        expect(await uais(await signToken(SECRET, { role: 'eple', uais: [OTHER] }))).toEqual([OTHER]);
        expect(await uais(await signToken(SECRET, { role: 'eple', uais: [OTHER], subject: 'x' }))).toEqual([
          OTHER,
        ]);
        expect((await uais(await signToken(SECRET, { role: 'committee' }))).length).toBe(100);
      }
      const names = '{ training(wave: "V6") { groups { trainers { name } } } }';
      const anyName = async (token: string) =>
        /"name":"[^"]/.test((await post(server.base, token, names)).text);
      expect(await anyName(await signToken(SECRET, { role: 'committee' }))).toBe(true);
      expect(await anyName(await signToken(SECRET, { role: 'eple', uais: [UAI] }))).toBe(false);
      expect(await anyName(await signToken(SECRET, { role: 'committee' }))).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('are revalidated by ETag: 304 while unchanged, the new answer after a change', async () => {
    const server = await startSeeded(SECRET);
    try {
      const token = await signToken(SECRET, { role: 'admin' });
      const url = `${server.base}/graphql?query=${encodeURIComponent(FOLLOW_UPS)}&variables=${encodeURIComponent(JSON.stringify({ uai: UAI }))}`;
      const get = (etag?: string) =>
        fetch(url, {
          headers: {
            authorization: `Bearer ${token}`,
            'x-graphql-yoga-csrf': '1',
            ...(etag ? { 'if-none-match': etag } : {}),
          },
        });
      const first = await get();
      const etag = first.headers.get('etag') as string;
      expect(first.status).toBe(200);
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(etag);
      expect(again.status).toBe(304);
      expect(again.headers.get('x-opale-cache')).toBe('hit');
      expect(again.headers.get('cache-control')).toBe('private, no-cache');
      await post(
        server.base,
        token,
        `mutation($uai: String!) { recordFollowUp(uai: $uai, kind: "call", note: "new", on: "2024-01-22") { __typename } }`,
        { uai: UAI },
      );
      const changed = await get(etag);
      expect(changed.status).toBe(200);
      expect(await changed.text()).toContain('"new"');
    } finally {
      await server.stop();
    }
  });
});
