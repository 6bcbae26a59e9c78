import { committeeReport, epleStanding, listEples } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { academieDemo, DEMO_AS_OF } from './index.js';

// The lists behind the committee's V6 figures of 22/01/2024, as the EPLE list gives them: the
// same EPLE as the figures count, and as many.
describe('the lists behind the V6 figures of 22/01/2024', () => {
  const standing = epleStanding(academieDemo, DEMO_AS_OF);
  const list = (filter: Parameters<typeof listEples>[1]['filter']) =>
    listEples(academieDemo.eple, { filter, order: 'uai', ...standing })
      .map((e) => e.uai)
      .sort();
  const report = committeeReport(academieDemo, { asOf: DEMO_AS_OF });
  if (!report.ok) throw new Error('the demo report fails');
  const v6 = report.value.waves.find((w) => w.id === 'V6');

  it('hold 16, 30 and 15 EPLE by kit bucket, those the buckets count', () => {
    expect([
      list({ waveId: 'V6', kitBucket: 'below10' }).length,
      list({ waveId: 'V6', kitBucket: 'from10To30' }).length,
      list({ waveId: 'V6', kitBucket: 'above30' }).length,
    ]).toEqual([16, 30, 15]);
    expect(list({ waveId: 'V6', kitBucket: 'above30' })).toEqual(v6?.kit.epleByBucket.above30);
  });

  it('hold 50 EPLE with a budget exécutoire and 11 without, out of the 61 of the wave', () => {
    expect(list({ waveId: 'V6', budget: 'executoire' })).toHaveLength(50);
    expect(list({ waveId: 'V6', budget: 'pending' })).toEqual(v6?.budget.pending);
    expect(list({ waveId: 'V6', budget: 'pending' })).toHaveLength(11);
    expect(list({ waveId: 'V6' })).toHaveLength(61);
  });
});
