import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi, headersOf } from './api.fixture.js';
import { CSRF_HEADER } from './yoga.js';

// GraphQL over HTTP (the working draft): what it asks, and what yoga answers. Where yoga departs
// from the draft, the test's name says so and asserts what yoga does.
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

let demo: Awaited<ReturnType<typeof demoApi>>;
let signedIn: Record<string, string>;
/** A committee token, without the CSRF header. */
let tokenOnly: Record<string, string>;

beforeAll(async () => {
  demo = await demoApi();
  signedIn = await headersOf('committee');
  tokenOnly = { authorization: signedIn.authorization as string };
});
afterAll(() => demo.close());

/** One HTTP exchange: its status, media type, `Allow` header and parsed body. */
async function exchange(url: string, init: RequestInit) {
  const res = await demo.api.fetch(url, init);
  return {
    status: res.status,
    type: res.headers.get('content-type')?.split(';')[0],
    allow: res.headers.get('allow'),
    body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] },
  };
}

const get = (query: string, headers: Record<string, string> = signedIn) =>
  exchange(`http://yoga/graphql?query=${encodeURIComponent(query)}`, { headers });

const post = (body: unknown, headers: Record<string, string> = {}) =>
  exchange('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, ...signedIn, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const DAY = '{ environments(day: "2024-01-22") { day } }';
const MUTATION = `mutation { recordFollowUp(uai: "${academieDemo.eple[0]?.uai}", kind: "call", note: "by GET?") { __typename } }`;

describe('GET', () => {
  it('runs a query given in the URL', async () => {
    const res = await get(DAY);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { environments: { day: '2024-01-22' } } });
  });

  it('refuses variables or extensions that are not JSON with 400, naming the parameter', async () => {
    for (const name of ['variables', 'extensions']) {
      const res = await exchange(`http://yoga/graphql?query=${encodeURIComponent(DAY)}&${name}=%7B`, {
        headers: signedIn,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).toBe(`${name}: expected a JSON object in the URL`);
    }
  });

  it('refuses a mutation with 405 and Allow: POST, and does not run it', async () => {
    const admin = await headersOf('admin');
    const followUps = async () => (await demo.store.loadDataset()).followUps.length;
    const before = await followUps();
    for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
      const res = await get(MUTATION, { ...admin, accept });
      expect(res.status).toBe(405);
      expect(res.allow).toBe('POST');
      expect(res.body.data).toBeUndefined();
    }
    expect(await followUps()).toBe(before);
    const posted = await post({ query: MUTATION }, admin);
    expect(posted.body.data.recordFollowUp.__typename).toBe('MutationRecordFollowUpSuccess');
    expect(await followUps()).toBe(before + 1);
  });
});

describe('POST with Accept: application/graphql-response+json', () => {
  const accept = { accept: GRAPHQL_RESPONSE };

  it('answers in that media type, 200 when the query ran', async () => {
    const res = await post({ query: DAY }, accept);
    expect(res.status).toBe(200);
    expect(res.type).toBe(GRAPHQL_RESPONSE);
  });

  it.each([
    ['a parse error', { query: '{ environments {' }, 'GRAPHQL_PARSE_FAILED'],
    ['a validation error', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a query over a limit',
      { query: `{ ${'__typename @skip(if: false) '.repeat(21)} }` },
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a variable of the wrong type',
      { query: 'query($d: Date!) { environments(day: $d) { day } }', variables: { d: 3 } },
      undefined,
    ],
    ['a missing variable', { query: 'query($d: Date!) { environments(day: $d) { day } }' }, undefined],
  ])('answers %s 400 without data, and runs nothing', async (_what, body, code) => {
    const res = await post(body, accept);
    expect(res.status).toBe(400);
    expect(res.type).toBe(GRAPHQL_RESPONSE);
    expect(res.body).not.toHaveProperty('data');
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('answers a field error 200 with the partial data', async () => {
    const res = await post(
      { query: '{ environments(day: "2024-01-22") { day } node(id: "garbage") { id } }' },
      accept,
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ environments: { day: '2024-01-22' }, node: null });
    expect(res.body.errors?.[0]?.message).toMatch(/global ID/);
  });

  it('answers 200 with data null when a non-null field fails (not 401 or 403: not a request error)', async () => {
    const res = await post(
      { query: '{ committeeReport(asOf: "2024-01-22") { asOf } }' },
      {
        ...accept,
        authorization: '',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.message).toMatch(/Not authorized/);
  });

  it('answers a body that is not JSON, has no query or an unknown parameter 400', async () => {
    expect((await post('{ not json', accept)).status).toBe(400);
    expect((await post({ variables: {} }, accept)).status).toBe(400);
    expect((await post({ qeury: DAY }, accept)).status).toBe(400);
  });
});

describe('POST with Accept: application/json (the legacy media type)', () => {
  const accept = { accept: JSON_TYPE };

  it.each([
    ['a parse error', '{ environments {'],
    ['a validation error', '{ nope }'],
    ['a query over a limit', `{ ${'__typename @skip(if: false) '.repeat(21)} }`],
  ])('answers %s 200 in application/json, as the draft says', async (_what, query) => {
    const res = await post({ query }, accept);
    expect(res.status).toBe(200);
    expect(res.type).toBe(JSON_TYPE);
    expect(res.body.errors).toHaveLength(1);
  });

  it('answers a variable coercion error 400 (the draft says 200 for application/json: yoga differs)', async () => {
    const res = await post(
      { query: 'query($d: Date!) { environments(day: $d) { day } }', variables: { d: 3 } },
      accept,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('answers a body without a query 200 (the draft says 400 for a request that is not well-formed: yoga differs)', async () => {
    const res = await post({ variables: {} }, accept);
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.message).toBe('Must provide query string.');
  });

  it('answers a body with an unknown parameter 400, as the draft says', async () => {
    const res = await post({ qeury: DAY }, accept);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toContain('qeury');
  });

  it('treats a request without Accept as application/json (the draft, since 2025, says graphql-response+json: yoga differs)', async () => {
    const res = await post({ query: '{ nope }' });
    expect(res.type).toBe(JSON_TYPE);
    expect(res.status).toBe(200);
  });
});

describe('what the API refuses whatever the media type', () => {
  it('refuses batches: one operation a request', async () => {
    const res = await post([{ query: DAY }, { query: DAY }], { accept: GRAPHQL_RESPONSE });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/Batching is not supported/);
  });

  it('answers 406 when no media type it speaks is accepted, 415 to a POST without Content-Type', async () => {
    // Bytes, not a string: fetch would label a string text/plain.
    const request = { method: 'POST', body: new TextEncoder().encode(JSON.stringify({ query: DAY })) };
    const xml = await demo.api.fetch('http://yoga/graphql', {
      ...request,
      headers: { ...signedIn, 'content-type': JSON_TYPE, accept: 'text/xml' },
    });
    expect(xml.status).toBe(406);
    const untyped = new Request('http://yoga/graphql', { ...request, headers: signedIn });
    expect(untyped.headers.get('content-type')).toBeNull();
    expect((await demo.api.fetch(untyped)).status).toBe(415);
  });

  it('refuses a method other than GET and POST with 405', async () => {
    const res = await exchange('http://yoga/graphql', { method: 'PUT', headers: signedIn, body: '{}' });
    expect(res.status).toBe(405);
    expect(res.allow).toBe('GET, POST');
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET without the CSRF header with 403, before it runs', async () => {
    const res = await get(DAY, tokenOnly);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ errors: [{ message: 'Required CSRF header(s) not present' }] });
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a POST of %s without it (a form can send one across sites)',
    async (type) => {
      const res = await exchange('http://yoga/graphql', {
        method: 'POST',
        headers: { ...tokenOnly, 'content-type': type },
        body: JSON.stringify({ query: DAY }),
      });
      expect(res.status).toBe(403);
    },
  );

  it('lets a POST of application/json through without it: browsers preflight that one', async () => {
    const res = await exchange('http://yoga/graphql', {
      method: 'POST',
      headers: { ...tokenOnly, 'content-type': JSON_TYPE },
      body: JSON.stringify({ query: DAY }),
    });
    expect(res.status).toBe(200);
    expect(res.body.data.environments.day).toBe('2024-01-22');
  });

  it('accepts the header GraphQL over HTTP suggests, GraphQL-Require-Preflight, as well', async () => {
    const res = await get(DAY, { ...tokenOnly, 'graphql-require-preflight': '1' });
    expect(res.status).toBe(200);
  });

  it('serves GraphiQL to a browser, which then sends the header with every request', async () => {
    const res = await demo.api.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(`"additionalHeaders":{"${CSRF_HEADER}":"graphiql"}`);
  });
});
