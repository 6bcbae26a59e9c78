import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signToken } from './auth.js';

const server = fileURLToPath(new URL('../dist/server.js', import.meta.url));
const SECRET = 'an-end-to-end-secret-long-enough-for-hs256';

function start(env: Record<string, string>, cwd: string) {
  const child = spawn(process.execPath, [server], {
    cwd,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /"url":"(http:[^"]+)"/.exec(out);
      if (m) resolve(m[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`server ended (${code}): ${out}`)));
  });
  return { child, url };
}

describe('the server', () => {
  it('starts on a new database, seeds the demo, and answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-server-'));
    const { child, url } = start(
      { OPALE_JWT_SECRET: SECRET, OPALE_DATABASE_URL: join(dir, 'opale.sqlite') },
      dir,
    );
    try {
      const graphql = await url;
      const base = graphql.replace('/graphql', '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const token = await signToken(SECRET, { role: 'committee' });
      const res = await fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query:
            '{ committeeReport(asOf: "2024-01-22", waves: ["V6"]) { waves { budget { rate { percent } } } } }',
        }),
      });
      const body = (await res.json()) as {
        data: { committeeReport: { waves: { budget: { rate: { percent: number } } }[] } };
      };
      expect(body.data.committeeReport.waves[0]?.budget.rate.percent).toBe(81.96);
      const page = await fetch(graphql, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('GraphiQL');
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs in demo users and serves the web client in the demo set-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-server-'));
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>opale</title>');
    writeFileSync(join(web, 'assets', 'main-abc123.js'), 'console.log("opale");'.repeat(50));
    writeFileSync(join(dir, 'secret.txt'), 'not for the web');
    // No secret given: the demo set-up, with a secret generated into ./data/ of the working directory.
    const { child, url } = start(
      {
        OPALE_JWT_SECRET: '',
        OPALE_JWKS_URL: '',
        OPALE_DATABASE_URL: join(dir, 'opale.sqlite'),
        OPALE_WEB_DIR: web,
      },
      dir,
    );
    try {
      const base = (await url).replace('/graphql', '');
      const schools = (await (await fetch(`${base}/auth/demo`)).json()) as { schools: { uai: string }[] };
      const uai = schools.schools[0]?.uai as string;
      const signedIn = await fetch(`${base}/auth/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'eple', uai }),
      });
      const { token } = (await signedIn.json()) as { token: string };
      const eples = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ eples(first: 100) { edges { node { uai } } } }' }),
      });
      const body = (await eples.json()) as { data: { eples: { edges: { node: { uai: string } }[] } } };
      expect(body.data.eples.edges.map((e) => e.node.uai)).toEqual([uai]);

      // The client's own routes give its page; its assets are gzipped and cached for good.
      for (const route of ['/', '/rapport?date=2024-01-22', '/tickets/nouveau']) {
        const page = await fetch(`${base}${route}`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<title>opale</title>');
      }
      const asset = await fetch(`${base}/assets/main-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect((await asset.text()).startsWith('console.log')).toBe(true);
      // Nothing outside the client's folder, however the path is written.
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
        const res = await fetch(`${base}${path}`);
        expect(await res.text()).not.toContain('not for the web');
      }
      expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start in production without a real secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-server-'));
    const { child, url } = start({ NODE_ENV: 'production', OPALE_JWT_SECRET: '', OPALE_JWKS_URL: '' }, dir);
    await expect(url).rejects.toThrow(/refusing to start/);
    expect(child.exitCode).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
