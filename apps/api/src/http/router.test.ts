import { createServer, type Server } from 'node:http';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { guarded } from './guard.js';
import { type Routes, router } from './router.js';
import { staticFiles } from './static-files.js';

let server: Server | null = null;
afterEach(() => server?.close());

const silent = pino({ level: 'silent' });

/** The router on a port of its own, with `routes` over harmless defaults. */
async function serve(routes: Partial<Routes>): Promise<string> {
  const all: Routes = {
    graphql: (_, res) => res.end('graphql'),
    web: staticFiles('/nonexistent-folder'),
    signIn: null,
    exports: async (_req, res) => {
      res.end('exports');
    },
    ready: async () => true,
    bodyBytes: 1024,
    ...routes,
  };
  server = createServer(guarded(router(all), silent));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('the routes', () => {
  it('answer /readyz 503 when the database does not answer, and /healthz without asking it', async () => {
    let asked = 0;
    const base = await serve({
      ready: async () => {
        asked++;
        return false;
      },
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(asked).toBe(0);
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/not ready/);
  });

  it('answer /readyz 503 when the database takes more than 2 s to answer', async () => {
    const base = await serve({ ready: () => new Promise(() => undefined) });
    const started = Date.now();
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('answer /auth/demo 404 outside the demo set-up, and 413 to a body over the limit in it', async () => {
    expect((await fetch(`${await serve({})}/auth/demo`)).status).toBe(404);
    server?.close();
    const base = await serve({ signIn: async (r) => new Response(await r.text()) });
    const small = await fetch(`${base}/auth/demo`, { method: 'POST', body: 'x'.repeat(1024) });
    expect(await small.text()).toBe('x'.repeat(1024));
    expect((await fetch(`${base}/auth/demo`, { method: 'POST', body: 'x'.repeat(1025) })).status).toBe(413);
  });

  it('answer 500 with a short body when a handler throws or rejects, and go on', async () => {
    const base = await serve({
      graphql: (req) => {
        if (req.method === 'GET') throw new Error('secret internals /var/lib/x.sqlite');
        return Promise.reject(new Error('SqliteError: no such table'));
      },
    });
    for (const method of ['GET', 'POST']) {
      const res = await fetch(`${base}/graphql`, { method });
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('Internal server error\n');
    }
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
