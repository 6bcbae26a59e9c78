import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './dataset.fixture.js';
import { rolloutWeeks } from './rollout-weeks.js';

describe('rolloutWeeks', () => {
  const dataset = fixtureDataset();

  it('gives a wave’s figures at the end of each week, the last one on the day asked', () => {
    const outcome = rolloutWeeks(dataset, 'V2', '2024-01-22', 5);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.map((w) => w.on)).toEqual([
      '2023-12-25',
      '2024-01-01',
      '2024-01-08',
      '2024-01-15',
      '2024-01-22',
    ]);
    // Budgets: calm on 10/01, busy on 12/01, late only on 20/02.
    expect(outcome.value.map((w) => w.budgetsExecutoires)).toEqual([0, 0, 0, 2, 2]);
    expect(outcome.value.every((w) => w.eple === 3)).toBe(true);
    // Kit of 10 actions: calm 5 (above 30 %), late 1 (10 %), busy 2 then 1 after the undo of 05/01.
    expect(outcome.value[0]?.kit).toEqual({ below10: 0, from10To30: 2, above30: 1 });
    expect(outcome.value[4]?.kit).toEqual({ below10: 0, from10To30: 2, above30: 1 });
    // Tickets: R-1 open from 20/12; R-3 opened and resolved early January; R-2 from 15/01;
    // R-4 from 18/01, escalated the next day.
    expect(outcome.value.map((w) => w.openTickets)).toEqual([
      { national: 0, SI2C: 0, DRASI: 1 },
      { national: 0, SI2C: 0, DRASI: 1 },
      { national: 0, SI2C: 0, DRASI: 1 },
      { national: 0, SI2C: 0, DRASI: 2 },
      { national: 1, SI2C: 0, DRASI: 2 },
    ]);
  });

  it('says when the wave does not exist', () => {
    expect(rolloutWeeks(dataset, 'V9', '2024-01-22')).toMatchObject({ ok: false, reason: 'unknownWave' });
  });
});
