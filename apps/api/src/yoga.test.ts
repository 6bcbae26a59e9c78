import type { Role } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi, SECRET } from './api.fixture.js';
import { signToken } from './auth.js';
import { CSRF_HEADER, type createApi } from './yoga.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
let api: ReturnType<typeof createApi>;
let production: ReturnType<typeof createApi>;

beforeAll(async () => {
  demo = await demoApi({ development: true });
  api = demo.api;
  production = (await demoApi()).api;
});
afterAll(() => demo.close());

async function post(query: string, variables: object = {}, role?: Role, uais?: string[], app = api) {
  const { status, ...body } = await demo.gql(query, variables, role, uais, app);
  return { status, body };
}

const DASHBOARD = `query($asOf: Date!) {
  committeeReport(asOf: $asOf, waves: ["V6"]) {
    asOf
    waves { id counts { plannedCount attachedCount } budget { executoire total rate { percent } } kit { buckets { below10 from10To30 above30 } } }
    tickets { all { total national si2c drasi } resolved { total national si2c drasi } inProgress { total national si2c drasi } inProgressOverThreshold { total national si2c drasi } }
    difficulty { uai reasons { message } }
    training { totals { groups pairs trainers } }
  }
}`;

describe('the API', () => {
  it("gives the committee's figures of 22/01/2024 through GraphQL", async () => {
    const { body } = await post(DASHBOARD, { asOf: '2024-01-22' }, 'committee');
    expect(body.errors).toBeUndefined();
    const r = body.data.committeeReport;
    expect(r.waves[0].budget).toEqual({ executoire: 50, total: 61, rate: { percent: 81.96 } });
    expect(r.waves[0].kit.buckets).toEqual({ below10: 16, from10To30: 30, above30: 15 });
    expect(r.training[0].totals).toEqual({ groups: 10, pairs: 10, trainers: 20 });
    expect(r.difficulty.length).toBeGreaterThan(0);
  });

  it('gives the whole ticket table since the start of the school year', async () => {
    const { body } = await post(
      '{ committeeReport(asOf: "2024-01-22") { tickets { all { total national si2c drasi } inProgressOverThreshold { total national si2c drasi } } } }',
      {},
      'si2c',
    );
    expect(body.data.committeeReport.tickets).toEqual({
      all: { total: 324, national: 48, si2c: 65, drasi: 211 },
      inProgressOverThreshold: { total: 28, national: 2, si2c: 0, drasi: 26 },
    });
  });

  it('refuses the report without a token, with a bad token, and to a school user', async () => {
    for (const role of [undefined, 'eple'] as const) {
      const { body } = await post(
        DASHBOARD,
        { asOf: '2024-01-22' },
        role,
        role ? [academieDemo.eple[0]?.uai ?? ''] : undefined,
      );
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.message).toMatch(/Not authorized/);
    }
    const res = await api.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ committeeReport { asOf } }' }),
    });
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /Not authorized/,
    );
  });

  it('says what is wrong with an argument, even with errors masked', async () => {
    const bad = await post(
      '{ committeeReport(asOf: "2024-01-22", waves: ["V42"]) { asOf } }',
      {},
      'admin',
      undefined,
      production,
    );
    expect(bad.body.errors?.[0]?.message).toContain('unknown wave');
    const notADate = await post('query { committeeReport(asOf: "22/01/2024") { asOf } }', {}, 'admin');
    expect(notADate.body.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('refuses queries deeper, wider or longer than its limits', async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: committeeReport(asOf: "2024-01-22") { asOf }`,
    ).join(' ');
    const wide = await post(`{ ${aliases} }`, {}, 'admin');
    expect(wide.body.errors?.[0]?.message).toMatch(/aliases/i);
    const few = Array.from(
      { length: 3 },
      (_, i) => `a${i}: committeeReport(asOf: "2024-01-22") { asOf }`,
    ).join(' ');
    expect((await post(`{ ${few} }`, {}, 'admin')).body.errors).toBeUndefined();
  });

  it('hides field suggestions unless started in development', async () => {
    const typo = await post('{ committeeReport { asOff } }', {}, 'admin', undefined, production);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const dev = await post('{ committeeReport { asOff } }', {}, 'admin');
    expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean/);
  });

  it('answers GET queries as GraphQL over HTTP says', async () => {
    const token = await signToken(SECRET, { role: 'committee' });
    const res = await api.fetch(
      `http://yoga/graphql?query=${encodeURIComponent('{ committeeReport(asOf: "2024-01-22") { asOf } }')}`,
      {
        headers: {
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${token}`,
          [CSRF_HEADER]: '1',
        },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
  });

  it('shows the schema to every signed-in role, to anonymous callers only in development', async () => {
    const INTROSPECT = '{ __schema { queryType { name } } }';
    for (const [role, app, shown] of [
      ['committee', production, true],
      ['admin', production, true],
      ['si2c', production, true],
      ['drasi', production, true],
      ['eple', production, true],
      [undefined, production, false],
      [undefined, api, true],
    ] as const) {
      const { body } = await post(INTROSPECT, {}, role, role === 'eple' ? ['0801234G'] : undefined, app);
      if (shown) expect(body.data?.__schema.queryType.name).toBe('Query');
      else expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });
});
