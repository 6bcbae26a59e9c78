import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from './guard.js';
import { type StaticFiles, staticFiles } from './static-files.js';
import { parseTarget } from './target.js';

let dir: string;
let web: StaticFiles;
let server: Server;
let base: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'opale-static-'));
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>opale</title>');
  writeFileSync(join(dir, 'web', 'assets', 'main-abc.js'), 'console.log(1);'.repeat(100));
  web = staticFiles(join(dir, 'web'));
  server = createServer((req, res) => {
    const target = parseTarget(req.url);
    if (!target) return answer(res, 400, 'bad');
    if (!web.serve(req, res, target.path)) answer(res, 404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the built client’s files', () => {
  it('are read once, at start: files written later are not served', async () => {
    expect(web.files).toBe(2);
    writeFileSync(join(dir, 'web', 'assets', 'later.js'), 'late');
    expect((await fetch(`${base}/assets/later.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/main-abc.js`)).status).toBe(200);
  });

  it('answer the client’s routes with its page, and unknown files 404', async () => {
    expect(await (await fetch(`${base}/rapport`)).text()).toContain('<title>opale</title>');
    expect((await fetch(`${base}/nothing.js`)).status).toBe(404);
  });

  it('answer 304 to a browser that has the same file', async () => {
    const page = await fetch(`${base}/rapport`);
    const etag = page.headers.get('etag') as string;
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${base}/`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });

  it('answer 503 with a hint when the client is not built', () => {
    const missing = staticFiles(join(dir, 'nowhere'));
    let status = 0;
    const res = {
      writeHead(s: number) {
        status = s;
        return { end: () => undefined };
      },
    };
    expect(missing.serve({ method: 'GET', headers: {} } as never, res as never, '/')).toBe(true);
    expect(status).toBe(503);
  });
});
