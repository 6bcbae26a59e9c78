import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** A request as the log shows it: the method and the target, cut short. */
export const described = (req: IncomingMessage) => ({
  method: req.method,
  url: (req.url ?? '').slice(0, 200),
});

/** Answers with a short plain-text body, and nothing about the server's insides. */
export function answer(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res
    .writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    })
    .end(`${text}\n`);
}

/**
 * The last line of defence of a request: whatever its handler throws or rejects with is logged
 * once and answers that request 500 (or, when the answer had begun, ends its connection); the
 * process goes on serving the others.
 */
export function guarded(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  log: Logger,
): RequestListener {
  return (req, res) => {
    const fail = (error: unknown) => {
      log.error({ err: error, ...described(req) }, 'request failed');
      if (!res.headersSent) answer(res, 500, 'Internal server error', { connection: 'close' });
      else res.destroy();
    };
    try {
      Promise.resolve(handler(req, res)).catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

/** Whatever escapes every request's guard is logged, and the process keeps serving. */
export function guardProcess(log: Logger) {
  process.on('uncaughtException', (error) => log.error({ err: error }, 'uncaught exception (kept serving)'));
  process.on('unhandledRejection', (error) =>
    log.error({ err: error }, 'unhandled rejection (kept serving)'),
  );
}
