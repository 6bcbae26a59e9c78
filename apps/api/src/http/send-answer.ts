import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Answer } from './answer-cache.js';

// How an answer goes out, as bits of the index of its headers: kept or just computed, by GET or
// POST, whole or `304 Not Modified`.
const HIT = 1;
const GET = 2;
const NOT_MODIFIED = 4;

/**
 * The headers of each way an answer goes out, built the first time it goes out that way: a kept
 * answer is sent thousands of times, and `writeHead` with one object is the cheapest way Node has.
 */
const built = new WeakMap<Answer, OutgoingHttpHeaders[]>();

function headersOf(answer: Answer, form: number): OutgoingHttpHeaders {
  let forms = built.get(answer);
  if (!forms) {
    forms = [];
    built.set(answer, forms);
  }
  const ready = forms[form];
  if (ready) return ready;
  const whole = (form & NOT_MODIFIED) === 0;
  const headers: OutgoingHttpHeaders = {
    ...(whole ? answer.headers : {}),
    etag: answer.etag,
    'x-opale-cache': form & HIT ? 'hit' : 'miss',
    // The browser may keep it, for this user only, and must ask again each time: 304 while
    // unchanged. Kept apart for each token: no cache serves one caller's answer to another.
    ...(form & GET
      ? {
          'cache-control': 'private, no-cache',
          vary: answer.headers.vary ? `${answer.headers.vary}, authorization` : 'authorization',
        }
      : {}),
    ...(whole ? { 'content-length': String(answer.body.length) } : {}),
  };
  forms[form] = headers;
  return headers;
}

/** Sends an answer of the cache: `304 Not Modified` when the client already holds its bytes. */
export function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer, hit: boolean) {
  const form = (hit ? HIT : 0) | (req.method === 'GET' ? GET : 0);
  if (answer.status === 200 && req.headers['if-none-match'] === answer.etag) {
    res.writeHead(304, headersOf(answer, form | NOT_MODIFIED)).end();
    return;
  }
  res.writeHead(answer.status, headersOf(answer, form)).end(answer.body);
}
