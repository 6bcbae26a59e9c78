import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from './body.js';
import { answer } from './guard.js';
import type { StaticFiles } from './static-files.js';
import { parseTarget, type Target } from './target.js';

/** What the server answers, path by path. */
export interface Routes {
  /** The GraphQL API: yoga, handed the Node request as it is. */
  readonly graphql: (req: IncomingMessage, res: ServerResponse) => unknown;
  /** The built web client. */
  readonly web: StaticFiles;
  /** The committee's tables as files, at `/exports/<table>.<csv|xlsx>`. */
  readonly exports: (req: IncomingMessage, res: ServerResponse, target: Target) => Promise<void>;
  /** The demo set-up's sign-in at `/auth/demo`; null elsewhere. */
  readonly signIn: ((request: Request) => Promise<Response>) | null;
  /** Whether the records can be read now: a cheap statement, for `/readyz`. */
  readonly ready: () => Promise<boolean>;
  /** The largest body of a request to `/auth/*` (yoga bounds `/graphql` with the same). */
  readonly bodyBytes: number;
}

/** How long `/readyz` waits for the database before it answers not ready. */
const READY_WITHIN_MS = 2000;

/** `check`'s answer, or false when it takes longer than `ms` (a database that hangs is not ready). */
async function within(ms: number, check: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([check, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Hands a small request to a fetch-style handler, its body read within the limit. */
async function viaFetch(
  handler: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
  bodyBytes: number,
) {
  const bodyless = req.method === 'GET' || req.method === 'HEAD';
  const body = bodyless ? undefined : new Uint8Array(await readBody(req, bodyBytes));
  const headers = new Headers();
  const type = req.headers['content-type'];
  if (type) headers.set('content-type', type);
  const request = new Request('http://opale/auth/demo', { method: req.method, headers, body });
  const reply = await handler(request);
  res.writeHead(reply.status, Object.fromEntries(reply.headers)).end(Buffer.from(await reply.arrayBuffer()));
}

/** The server's request handler: one route a path, every bad request answered as such. */
export function router(routes: Routes) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = parseTarget(req.url);
    if (!target) return answer(res, 400, 'Bad request target', { connection: 'close' });
    const { path } = target;
    if (path === '/healthz') return answer(res, 200, 'ok');
    if (path === '/readyz') {
      const ready = await within(READY_WITHIN_MS, routes.ready());
      return answer(res, ready ? 200 : 503, ready ? 'ready' : 'not ready: the database does not answer');
    }
    if (path === '/graphql') {
      await routes.graphql(req, res);
      return;
    }
    if (path.startsWith('/exports/')) return routes.exports(req, res, target);
    if (path.startsWith('/auth/')) {
      if (path !== '/auth/demo' || !routes.signIn) return answer(res, 404, 'Not found');
      try {
        await viaFetch(routes.signIn, req, res, routes.bodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        answer(res, 413, error.message, { connection: 'close' });
      }
      return;
    }
    if (!routes.web.serve(req, res, path)) answer(res, 404, 'Not found');
  };
}
