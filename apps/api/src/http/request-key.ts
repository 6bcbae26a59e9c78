import type { IncomingMessage } from 'node:http';
import type { Caller } from '../caller.js';

/** Request headers that change what the API answers, beside the caller and the operation. */
const VARYING = ['accept', 'origin', 'x-graphql-yoga-csrf', 'graphql-require-preflight', 'content-type'];

/** The part of a key a caller gives: their role and schools, once per caller remembered. */
const callerParts = new WeakMap<Caller, string>();

function callerPart(caller: Caller | null): string {
  if (caller === null) return '-';
  let part = callerParts.get(caller);
  if (part === undefined) {
    part = `${caller.role}:${[...caller.uais].sort().join(',')}`;
    callerParts.set(caller, part);
  }
  return part;
}

/**
 * What names an answer: the method, the varying headers, the caller's role and schools, the day,
 * and the operation as received (the URL of a GET, the body's bytes of a POST, one character a
 * byte). Parts are joined by a line feed, which no header, role, UAI or day holds, so two
 * different requests never share a key. The body is not parsed nor re-encoded: it is the cost
 * of a kept answer.
 */
export function requestKey(req: IncomingMessage, caller: Caller | null, today: string, operation: string) {
  let key = req.method ?? '';
  for (const name of VARYING) {
    const value = req.headers[name];
    key += value === undefined ? '\n\0' : `\n${value}`;
  }
  return `${key}\n${callerPart(caller)}\n${today}\n${operation}`;
}
