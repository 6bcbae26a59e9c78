import { committeeReport } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const ROLLOUT = `query($weeks: Int) { rollout(waveId: "V6", asOf: "2024-01-22", weeks: $weeks) {
  on eple budgetsExecutoires kitBelow10 kitFrom10To30 kitAbove30 openSi2c openDrasi openNational } }`;

describe('the roll-out of a wave week by week', () => {
  it('ends on the report’s figures of the day asked, every week computed as of its last day', async () => {
    const answer = await demo.gql(ROLLOUT, { weeks: 3 }, 'committee');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.rollout.map((w: { on: string }) => w.on)).toEqual([
      '2024-01-08',
      '2024-01-15',
      '2024-01-22',
    ]);
    for (const week of answer.data.rollout) {
      const r = committeeReport(academieDemo, { asOf: week.on, waves: ['V6'] });
      if (!r.ok) throw new Error('the demo report fails');
      const v6 = r.value.waves[0];
      expect(week.budgetsExecutoires).toBe(v6?.budget.executoire);
      expect([week.kitBelow10, week.kitFrom10To30, week.kitAbove30]).toEqual([
        v6?.kit.buckets.below10,
        v6?.kit.buckets.from10To30,
        v6?.kit.buckets.above30,
      ]);
    }
  });

  it('refuses more weeks than it serves, naming the argument', async () => {
    const answer = await demo.gql(ROLLOUT, { weeks: 500 }, 'committee');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/^weeks: expected a whole number from 1 to 104/);
  });
});
