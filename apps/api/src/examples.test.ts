import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';
import { loadExamples } from './examples.js';
import { schema } from './schema/index.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

describe('the ready-made operations for analysts', () => {
  const examples = loadExamples();

  it('are there', () => {
    expect(examples.map((e) => e.name)).toEqual([
      'committee-dashboard',
      'eple-in-difficulty',
      'stale-tickets',
      'ticket-cells',
      'training-plan',
    ]);
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    '%s is valid against the schema and runs',
    async (_name, example) => {
      expect(validate(schema, parse(example.query))).toEqual([]);
      const body = await demo.gql(example.query, example.variables, 'committee');
      expect(body.errors).toBeUndefined();
      if (example.name === 'committee-dashboard') {
        const r = body.data.committeeReport;
        expect(r.waves[0].budget.rate.percent).toBe(81.96);
        expect(r.waves[0].kit.buckets).toEqual({ below10: 16, from10To30: 30, above30: 15 });
        expect(r.tickets.all).toEqual({ total: 324, national: 48, si2c: 65, drasi: 211 });
      }
    },
  );

  it('opens GraphiQL on the committee dashboard', async () => {
    const page = await (
      await demo.api.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } })
    ).text();
    expect(page).toContain('CommitteeDashboard');
  });
});
