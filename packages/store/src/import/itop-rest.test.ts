import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { parseItopCsv } from './itop-csv.js';
import { answerOf, type FakeItop, json, fakeItop as startFake } from './itop-fake.fixture.js';
import { ITOP_ATTRIBUTES } from './itop-map.js';
import { DEFAULT_ITOP_OQL, fetchItopTickets } from './itop-rest.js';
import { csvTable, fixtureText } from './table.fixture.js';

const csv = fixtureText('itop-userrequest.csv');
const PASSWORD = 's3cret&pwd=1';

let running: FakeItop | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
});

/** A fake iTop, closed after the test. */
async function fakeItop(reply: Parameters<typeof startFake>[0]): Promise<FakeItop> {
  running = await startFake(reply);
  return running;
}

const fixtureRows = parse(csv, { columns: true }) as Record<string, string>[];
// The fake iTop listens on http: loopback, which must be allowed explicitly.
const options = (url: string) => ({ url, user: 'opale-sync', password: PASSWORD, insecure: true });

describe('fetchItopTickets', () => {
  it('posts a read-only core/get and maps the answer to the tickets of the same CSV export', async () => {
    const itop = await fakeItop(json(200, answerOf(fixtureRows)));
    const fetched = await fetchItopTickets(options(itop.url));
    expect(fetched.errors).toEqual([]);
    expect(fetched.fetched).toBe(18);
    expect(fetched.rows).toBe(18);
    expect(fetched.records).toEqual(parseItopCsv(await csvTable(csv)).records);

    const form = itop.forms[0] as URLSearchParams;
    expect([...form.keys()].sort()).toEqual(['auth_pwd', 'auth_user', 'json_data', 'version']);
    expect(form.get('version')).toBe('1.3');
    expect(form.get('auth_user')).toBe('opale-sync');
    expect(form.get('auth_pwd')).toBe(PASSWORD);
    expect(JSON.parse(form.get('json_data') as string)).toEqual({
      operation: 'core/get',
      class: 'UserRequest',
      key: DEFAULT_ITOP_OQL,
      output_fields: ITOP_ATTRIBUTES.join(','),
    });
  });

  it('passes the query and version asked for, and reads an empty answer', async () => {
    const itop = await fakeItop(json(200, { objects: null, code: 0, message: 'Found: 0' }));
    const oql = "SELECT UserRequest WHERE service_name = 'op@le' AND start_date > '2024-01-01'";
    const fetched = await fetchItopTickets({ ...options(itop.url), oql, version: '1.4' });
    expect(fetched).toEqual({ records: [], errors: [], rows: 0, fetched: 0, lines: [] });
    expect(itop.forms[0]?.get('version')).toBe('1.4');
    expect(JSON.parse(itop.forms[0]?.get('json_data') as string).key).toBe(oql);
  });

  it('names the object and the attribute of a record that cannot be mapped', async () => {
    const rows = [fixtureRows[0], { ...fixtureRows[1], status: 'en cours' }] as Record<string, string>[];
    const answer = answerOf(rows);
    const failing = { code: 100, message: 'Cannot read', class: 'UserRequest', key: '3', fields: {} };
    const itop = await fakeItop(
      json(200, { ...answer, objects: { ...answer.objects, 'UserRequest::3': failing } }),
    );
    const fetched = await fetchItopTickets(options(itop.url));
    expect(fetched.records.map((t) => t.ref)).toEqual(['R-000101']);
    expect(fetched.lines).toEqual([1]);
    expect(fetched.fetched).toBe(3);
    expect(fetched.errors).toEqual([
      {
        line: 2,
        field: 'status',
        reason:
          'object UserRequest::2: expected an iTop status (new, assigned, pending, escalated_tto, escalated_ttr, resolved, closed, rejected, reopened…), got "en cours"',
      },
      { line: 3, field: 'code', reason: 'object UserRequest::3: iTop reports code 100: Cannot read' },
    ]);
  });

  it('returns a refusal of iTop (code ≠ 0) as a clear error, without the password', async () => {
    const itop = await fakeItop(json(200, { code: 1, message: 'Error: Invalid login' }));
    const fetched = await fetchItopTickets(options(itop.url));
    expect(fetched.records).toEqual([]);
    expect(fetched.errors).toEqual([
      {
        line: 0,
        field: 'code',
        reason:
          'iTop refused the request (code 1, unauthorized: wrong login or password, or the account may not read or write UserRequest): Error: Invalid login',
      },
    ]);
  });

  it('explains an unknown class (code 100)', async () => {
    const itop = await fakeItop(json(200, { code: 100, message: "Error: Unknown class 'UserRequest'" }));
    const [error] = (await fetchItopTickets(options(itop.url))).errors;
    expect(error?.reason).toContain('internal error (e.g. an unknown class');
    expect(error?.reason).toContain("Unknown class 'UserRequest'");
  });

  it('returns an HTTP error as a clear error', async () => {
    const itop = await fakeItop(json(500, '<html>Internal Server Error</html>'));
    const fetched = await fetchItopTickets(options(itop.url));
    expect(fetched.errors).toEqual([
      {
        line: 0,
        field: 'http',
        reason: `iTop answered HTTP 500 Internal Server Error at ${itop.url}: expected 200 with a JSON result`,
      },
    ]);
  });

  it('returns an answer that is not JSON as a clear error', async () => {
    const itop = await fakeItop(json(200, '<html><body>Login page</body></html>'));
    const [error] = (await fetchItopTickets(options(itop.url))).errors;
    expect(error).toEqual({
      line: 0,
      field: 'body',
      reason: 'expected iTop\'s JSON result, got "<html><body>Login page</body></html>"',
    });
  });

  it('gives up when the signal aborts a request that hangs', async () => {
    const itop = await fakeItop(() => {});
    const fetched = await fetchItopTickets({ ...options(itop.url), signal: AbortSignal.timeout(150) });
    expect(fetched.errors).toEqual([
      { line: 0, field: 'url', reason: `the request to iTop at ${itop.url} was aborted or timed out` },
    ]);
  });

  it('returns a network failure as a clear error', async () => {
    const itop = await fakeItop(() => {});
    await itop.close();
    running = null;
    const fetched = await fetchItopTickets(options(itop.url));
    expect(fetched.errors).toHaveLength(1);
    expect(fetched.errors[0]?.field).toBe('url');
    expect(fetched.errors[0]?.reason).toMatch(
      /^cannot reach iTop at http:\/\/127\.0\.0\.1:\d+\/webservices\/rest\.php: /,
    );
  });

  it('refuses an address that carries credentials, without repeating them', async () => {
    const url = `http://opale-sync:${encodeURIComponent(PASSWORD)}@127.0.0.1:9/webservices/rest.php`;
    const fetched = await fetchItopTickets({ url, user: 'opale-sync', password: PASSWORD });
    expect(fetched.errors).toEqual([
      {
        line: 0,
        field: 'url',
        reason:
          'expected an address without credentials (give them as user and password), got http://127.0.0.1:9/webservices/rest.php',
      },
    ]);
  });

  it('refuses what is not an http address', async () => {
    const [error] = (await fetchItopTickets(options('itop.example.fr'))).errors;
    expect(error?.reason).toBe(
      'expected the http(s) address of iTop\'s webservices/rest.php, got "itop.example.fr"',
    );
  });

  it('refuses an http: address unless told it is insecure, sending nothing', async () => {
    const itop = await fakeItop(json(200, answerOf(fixtureRows)));
    for (const insecure of [undefined, false]) {
      const fetched = await fetchItopTickets({
        url: itop.url,
        user: 'opale-sync',
        password: PASSWORD,
        insecure,
      });
      expect(fetched.errors).toEqual([
        {
          line: 0,
          field: 'url',
          reason: `expected an https: address: over http: the password would cross the network in clear, got ${itop.url} (for a test server, allow it with OPALE_ITOP_INSECURE=1 or --insecure; the insecure option in code)`,
        },
      ]);
    }
    expect(itop.forms).toEqual([]);
    expect((await fetchItopTickets(options(itop.url))).fetched).toBe(18);
    expect(itop.forms).toHaveLength(1);
  });
});
