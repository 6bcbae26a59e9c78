import { applyScenario, committeeReport, type Dataset, type Scenario, scenarioChanges } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { reportAt, wave } from './demo-report.fixture.js';
import { academieDemo } from './index.js';

// A V6 school moved to V7 by a scenario applied on 01/03/2024: the committee of 22/01/2024 must
// still see it in V6, with every figure it saw.

const moved = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;
const scenario: Scenario = { moves: [{ uai: moved, toWave: 'V7' }], switchDates: [] };
const decision = {
  on: '2024-03-01',
  recordedBy: 'admin@ac-amiens.fr',
  recordedAt: '2024-03-01T10:00:00.000Z',
};
const plan = applyScenario(academieDemo, scenario);
const after: Dataset = {
  ...plan,
  waves: academieDemo.waves,
  waveChanges: scenarioChanges(academieDemo, scenario, decision),
};

function reportOf(asOf: string) {
  const result = committeeReport(after, { asOf });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}

describe('the demo with a school moved from V6 to V7 on 01/03/2024', () => {
  it('gives the committee of 22/01/2024 its report unchanged', () => {
    expect(reportOf('2024-01-22')).toEqual(reportAt('2024-01-22'));
    expect(wave(reportOf('2024-01-19'), 'V6').budget).toEqual(wave(reportAt('2024-01-19'), 'V6').budget);
  });

  it('shows the school in V7 from the day after the move', () => {
    const before = reportAt('2024-03-02');
    const report = reportOf('2024-03-02');
    expect(wave(report, 'V6').counts.attachedCount).toBe(wave(before, 'V6').counts.attachedCount - 1);
    expect(wave(report, 'V7').counts.attachedCount).toBe(wave(before, 'V7').counts.attachedCount + 1);
  });
});
