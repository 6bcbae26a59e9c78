import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

  it('refuses to start in production without a real secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-server-'));
    const { child, url } = start({ NODE_ENV: 'production', OPALE_JWT_SECRET: '', OPALE_JWKS_URL: '' }, dir);
    await expect(url).rejects.toThrow(/refusing to start/);
    expect(child.exitCode).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
