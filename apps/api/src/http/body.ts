import type { IncomingMessage } from 'node:http';

/** A body over the limit: answered 413 without reading the rest. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body: expected at most ${limit} bytes`);
  }
}

/**
 * Reads a request's body, refusing it as soon as it passes `limit` bytes: at once when its
 * `Content-Length` says so, else while it streams (chunked, or a length that lies). Read by
 * events rather than `for await`: an async iterator per request costs a kept answer dearly.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      // The rest is not read: the answer closes the connection.
      req.pause();
      reject(new BodyTooLarge(limit));
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
