import type { IncomingMessage } from 'node:http';

/** A body over the limit: answered 413 without reading the rest. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body: expected at most ${limit} bytes`);
  }
}

/**
 * Reads a request's body, refusing it as soon as it passes `limit` bytes: at once when its
 * `Content-Length` says so, else while it streams (chunked, or a length that lies).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
