import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken } from './auth.js';
import { loadExamples } from './examples.js';
import { rawExchange, type Started, startSeeded } from './server.fixture.js';

// The real server, as deployed (a secret, NODE_ENV unset), with short timeouts so that requests
// that never finish are let go quickly: whatever is sent, it answers and goes on serving.
let server: Started;
beforeAll(async () => {
  // A client of its own: the tests never depend on the web client having been built first.
  const web = mkdtempSync(join(tmpdir(), 'opale-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>opale</title>');
  server = await startSeeded(SECRET, {
    OPALE_WEB_DIR: web,
    OPALE_HEADERS_TIMEOUT: '1s',
    OPALE_REQUEST_TIMEOUT: '2s',
    OPALE_KEEP_ALIVE_TIMEOUT: '1s',
  });
});
afterAll(() => server.stop());

const raw = (head: string, body = '') =>
  rawExchange(server.port, Buffer.from(`${head}\r\n\r\n${body}`, 'latin1'));

/** The committee's dashboard, asked as the committee: the server still does its job. */
async function dashboard(): Promise<unknown> {
  const example = loadExamples().find((e) => e.name === 'committee-dashboard');
  const res = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await signToken(SECRET, { role: 'committee' })}`,
    },
    body: JSON.stringify({ query: example?.query, variables: example?.variables }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { committeeReport: { asOf: string } } }).data.committeeReport.asOf;
}

async function stillServing() {
  expect(server.child.exitCode).toBeNull();
  expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  expect(await dashboard()).toBe('2024-01-22');
}

describe('requests that used to end the process', () => {
  it.each([
    ['malformed percent-encoding', 'GET /%E0%A4%A HTTP/1.1', 400],
    ['a double slash', 'GET // HTTP/1.1', 400],
    ['a NUL', 'GET /index.html%00 HTTP/1.1', 400],
    ['a dot-dot', 'GET /assets/../../etc/passwd HTTP/1.1', 400],
    ['an overlong path', `GET /${'%41'.repeat(3000)} HTTP/1.1`, 400],
    ['non-UTF-8 bytes', 'GET /\xff\xfe.js HTTP/1.1', 400],
    ['an unknown method', 'BREW /graphql HTTP/1.1', 400],
  ])('%s is answered %i, and the server goes on', async (_, line, status) => {
    expect(await raw(`${line}\r\nHost: x\r\nConnection: close`)).toBe(status);
    await stillServing();
  });
});

describe('bodies and variables are bounded', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('answers 413 to a body over 1 MiB, by its length or as it streams', async () => {
    // By its length: refused before a byte of it is read (a client still sending it may see the
    // connection closed under it, so the length alone is sent here).
    const declared = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${1024 ** 2 + 1}\r\nConnection: close`;
    expect(await raw(declared)).toBe(413);
    const chunked = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close`;
    const chunk = 'a'.repeat(256 * 1024);
    const body = `${`${chunk.length.toString(16)}\r\n${chunk}\r\n`.repeat(5)}0\r\n\r\n`;
    expect(await raw(chunked, body)).toBe(413);
    await stillServing();
  });

  it('refuses large variables and long lists with 400, naming the limit', async () => {
    const QUERY = 'query($w: [String!]) { committeeReport(asOf: "2024-01-22", waves: $w) { asOf } }';
    const token = await signToken(SECRET, { role: 'committee' });
    const ask = (variables: unknown) =>
      post('/graphql', JSON.stringify({ query: QUERY, variables }), {
        authorization: `Bearer ${token}`,
        accept: 'application/graphql-response+json',
      });
    const long = await ask({ w: Array.from({ length: 200_000 }, () => 0) });
    expect(long.status).toBe(400);
    expect(JSON.stringify(await long.json())).toMatch(/variables: expected at most 65536 bytes/);
    const list = await ask({ w: Array.from({ length: 1001 }, () => 'V6') });
    expect(list.status).toBe(400);
    expect(JSON.stringify(await list.json())).toMatch(/lists of at most 1000 items, got one of 1001/);
    expect((await ask({ w: Array.from({ length: 1000 }, () => 'V6') })).status).toBe(200);
  });
});

describe('fails closed', () => {
  it('shows no schema to anonymous callers, and no demo sign-in, with a real secret', async () => {
    const res = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(JSON.stringify(await res.json())).toMatch(/introspection/i);
    expect((await fetch(`${server.base}/auth/demo`)).status).toBe(404);
  });

  it('answers no CORS headers to another origin', async () => {
    const res = await fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers /readyz once warm, after one cheap statement', async () => {
    let status = 0;
    for (let tries = 0; tries < 100 && status !== 200; tries++) {
      status = (await fetch(`${server.base}/readyz`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect(server.output()).toMatch(/ready: the records are read and today’s report computed/);
  });
});

// Random methods, paths, headers and bodies, sent raw: each gets an answer or a closed
// connection, and afterwards the server still answers /healthz and the committee's dashboard.
const nasty = [
  '/',
  '//',
  '/graphql',
  '/auth/demo',
  '/healthz',
  '/readyz',
  '/exports/report.csv',
  '/exports/report.xlsx?asOf=%E0',
  '/%',
  '/%E0%A4%A',
  '/%00',
  '/..',
  '/assets/%2e%2e/x.js',
  '/graphql?query=%E0%A4%A',
  '/graphql?query={__typename}&variables=%7B',
  '/rapport?date=\x7f',
  '*',
  'http://x/',
];
const pathArb = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ maxLength: 60 }).map((s) => `/${s}`),
  fc.uint8Array({ maxLength: 40 }).map((b) => `/${Buffer.from(b).toString('latin1')}`),
  fc
    .array(fc.constantFrom('%', 'E0', 'A4', 'ff', '..', '/', 'a', '.js', '?', '&', '='), { maxLength: 20 })
    .map((parts) => `/${parts.join('')}`),
);
const headerArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Content-Type: application/json',
      'Content-Type: application/graphql-response+json',
      'Content-Type: multipart/form-data',
      'Content-Type: multipart/form-data; boundary=x',
      'Content-Type: application/x-www-form-urlencoded',
      'Content-Type: text/plain',
      'Transfer-Encoding: chunked',
      'Content-Length: 0',
      'Content-Length: 5',
      'Content-Length: 99999999999',
      'Content-Length: -1',
      'Accept: application/graphql-response+json',
      'Accept: text/html',
      'Accept-Encoding: gzip',
      'Authorization: Bearer x.y.z',
      'Authorization: Basic Zm9vOmJhcg==',
      'Origin: https://evil.example',
      'X-GraphQL-Yoga-CSRF: 1',
      'Host: ',
      'Host: \xff',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,19}$/), fc.stringMatching(/^[ -~]{0,60}$/))
      .map(([n, v]) => `${n}: ${v}`),
  },
  fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 })).map(([n, v]) => `${n}: ${v}`),
);
const bodyArb = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc
    .record({ query: fc.oneof(fc.string(), fc.constant('{ __typename }')), variables: fc.anything() })
    .map((b) => JSON.stringify(b) ?? ''),
  fc.constantFrom(
    '{"query":"{',
    '[[[[[[[[[[[[[[[[[[[[',
    '{"query":"query($a:[Int]){__typename}","variables":{"a":[1,2]}}',
  ),
);

const RUNS = 1000;

describe('any request', () => {
  it('is answered or let go, and the server goes on serving', async () => {
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'GET',
          'POST',
          'PUT',
          'DELETE',
          'PATCH',
          'OPTIONS',
          'HEAD',
          'TRACE',
          'CONNECT',
          'FOO',
        ),
        pathArb,
        fc.array(headerArb, { maxLength: 6 }),
        bodyArb,
        async (method, path, headers, body) => {
          const head = [`${method} ${path} HTTP/1.1`, 'Host: localhost', ...headers, 'Connection: close'];
          const status = await raw(head.join('\r\n'), body);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 500) failures.push(`${status} ${JSON.stringify([...head, '', body].join('\r\n'))}`);
          expect(server.child.exitCode).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
    console.log(
      `answers to ${RUNS} random requests, by status: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    // No bad request is the server's fault: each is answered 4xx (or let go), never 5xx.
    expect(failures).toEqual([]);
    await stillServing();
    expect(server.output()).not.toMatch(/uncaught exception|unhandled rejection/);
  });
});
