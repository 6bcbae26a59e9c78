import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signToken } from './auth.js';
import { rawExchange, startServer } from './server.fixture.js';

const SECRET = 'an-end-to-end-secret-long-enough-for-hs256';

const gql = (base: string, token: string, query: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  }).then((r) => r.json() as Promise<{ data?: any; errors?: unknown[] }>);

describe('the demo set-up (no secret)', () => {
  it('listens on the loopback only and says so, seeds the demo, signs in and serves the client', async () => {
    const files = mkdtempSync(join(tmpdir(), 'opale-web-'));
    mkdirSync(join(files, 'web', 'assets'), { recursive: true });
    writeFileSync(join(files, 'web', 'index.html'), '<!doctype html><title>opale</title>');
    writeFileSync(join(files, 'web', 'assets', 'main-abc123.js'), 'console.log("opale");'.repeat(50));
    writeFileSync(join(files, 'secret.txt'), 'not for the web');
    const server = await startServer({ OPALE_WEB_DIR: join(files, 'web') });
    try {
      const { base, output } = server;
      expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(output()).toMatch(/"host":"127\.0\.0\.1"/);
      expect(output()).toMatch(/demo set-up .*listens on 127\.0\.0\.1 only/);
      expect(output()).toMatch(/the académie demo records were seeded/);

      const schools = (await (await fetch(`${base}/auth/demo`)).json()) as { schools: { uai: string }[] };
      const uai = schools.schools[0]?.uai as string;
      const signedIn = await fetch(`${base}/auth/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'eple', uai }),
      });
      const { token } = (await signedIn.json()) as { token: string };
      const eples = await gql(base, token, '{ eples(first: 100) { edges { node { uai } } } }');
      expect(eples.data.eples.edges.map((e: { node: { uai: string } }) => e.node.uai)).toEqual([uai]);
      // Refused: answered 413 and closed, which a client still writing the 2 MiB may see as the
      // connection closed under it (EPIPE, ECONNRESET) before it reads the answer.
      const tooBig = await fetch(`${base}/auth/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'a'.repeat(2 * 1024 ** 2) }),
      }).catch((error: Error & { cause?: { code?: string } }) => {
        if (error.cause?.code === 'EPIPE' || error.cause?.code === 'ECONNRESET') return { status: 413 };
        throw error;
      });
      expect(tooBig.status).toBe(413);

      // GraphiQL opens with a working committee token, not a placeholder.
      const page = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
      const pasted = /Bearer (ey[\w-]+\.[\w-]+\.[\w-]+)/.exec(page)?.[1] as string;
      const report = await gql(
        base,
        pasted,
        '{ committeeReport(asOf: "2024-01-22", waves: ["V6"]) { asOf } }',
      );
      expect(report.data.committeeReport.asOf).toBe('2024-01-22');

      // The client's own routes give its page; its assets are gzipped and cached for good.
      for (const route of ['/', '/rapport?date=2024-01-22', '/tickets/nouveau']) {
        const res = await fetch(`${base}${route}`);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('<title>opale</title>');
      }
      const asset = await fetch(`${base}/assets/main-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect((await asset.text()).startsWith('console.log')).toBe(true);
      // Nothing outside the client's folder, however the path is written.
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
        const line = `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
        expect(await rawExchange(server.port, Buffer.from(line))).toBe(400);
      }
      expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

describe('a server with a real secret', () => {
  it('starts on an empty database empty, says how to import, and offers no demo sign-in', async () => {
    const server = await startServer({ OPALE_JWT_SECRET: SECRET });
    try {
      expect(server.output()).toMatch(
        /the database is empty: import the académie’s records with \\"opale import/,
      );
      expect(server.output()).not.toMatch(/seeded/);
      expect(server.base).toMatch(/^http:\/\/localhost:/);
      const waves = await gql(
        server.base,
        await signToken(SECRET, { role: 'committee' }),
        '{ waves { id } }',
      );
      expect(waves.data.waves).toEqual([]);
      expect((await fetch(`${server.base}/auth/demo`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('answers a malformed path 400 under NODE_ENV=production too, and goes on', async () => {
    const server = await startServer({ OPALE_JWT_SECRET: SECRET, NODE_ENV: 'production' });
    try {
      const line = 'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
      expect(await rawExchange(server.port, Buffer.from(line))).toBe(400);
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('bad settings', () => {
  it.each([
    ['production without a secret', { NODE_ENV: 'production' }, /NODE_ENV=production needs OPALE_JWT_SECRET/],
    [
      'a secret of 32 spaces',
      { OPALE_JWT_SECRET: ' '.repeat(32) },
      /OPALE_JWT_SECRET: expected a random secret/,
    ],
    ['a port that is not one', { PORT: 'eighty' }, /PORT: expected a whole number from 0 to 65535/],
  ])('stop the server before it listens: %s', async (_, env, message) => {
    const started = startServer(env as Record<string, string>);
    await expect(started).rejects.toThrow(message);
    await expect(started).rejects.toThrow(/refusing to start/);
  });
});
