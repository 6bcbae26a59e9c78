import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import type { Dataset } from './dataset.js';
import { addDays } from './date.js';
import { makeUai } from './uai.js';
import { applyScenario, compareScenario, validateScenario } from './what-if.js';

/** The fixture with a training: one grouped track, 36 staff in V2, two volunteers of V1. */
function withTraining(): Dataset {
  const dataset = fixtureDataset();
  return {
    ...dataset,
    training: {
      tracks: [{ id: 'gest', label: 'Gestionnaires', grouped: true, presentialDays: 3, remoteHours: 6 }],
      trainers: [
        { id: 't1', name: 'Un', fromWave: 'V1', trackIds: ['gest'], unavailableWaves: [] },
        { id: 't2', name: 'Deux', fromWave: 'V1', trackIds: ['gest'], unavailableWaves: [] },
      ],
      groups: [],
      staff: [{ waveId: 'V2', trackId: 'gest', count: 36, plannedOn: '2021-06-01' }],
    },
  };
}

describe('validateScenario', () => {
  const dataset = fixtureDataset();

  it('accepts moves and bascules of the records', () => {
    const scenario = {
      moves: [{ uai: uai.calm, toWave: 'V1' }],
      switchDates: [{ waveId: 'V2', switchDate: '2024-09-01' }],
    };
    expect(validateScenario(scenario, dataset)).toEqual({ ok: true, value: scenario });
  });

  it('names every bad field', () => {
    const outcome = validateScenario(
      {
        moves: [
          { uai: uai.calm, toWave: 'V7' },
          { uai: makeUai('0800099'), toWave: 'V1' },
          { uai: uai.calm, toWave: 'V1' },
        ],
        switchDates: [
          { waveId: 'V2', switchDate: '2024-02-30' },
          { waveId: 'V2', switchDate: '2024-09-01' },
        ],
      },
      dataset,
    );
    expect(outcome.ok ? [] : outcome.errors.map((e) => [e.field, e.code])).toEqual([
      ['scenario.moves[0].toWave', 'unknown_reference'],
      ['scenario.moves[1].uai', 'unknown_reference'],
      ['scenario.moves[2].uai', 'inconsistent'],
      ['scenario.switchDates[0].switchDate', 'invalid_date'],
      ['scenario.switchDates[1].waveId', 'inconsistent'],
    ]);
    expect(validateScenario({ moves: 'all' }, dataset)).toMatchObject({
      ok: false,
      errors: [{ field: 'scenario.moves', code: 'invalid_format' }],
    });
  });
});

describe('compareScenario', () => {
  it('leaves the records as they are', () => {
    const dataset = withTraining();
    const before = JSON.stringify(dataset);
    compareScenario(dataset, { moves: [{ uai: uai.calm, toWave: 'V1' }], switchDates: [] }, '2023-06-01');
    expect(JSON.stringify(dataset)).toBe(before);
    expect(applyScenario(dataset, { moves: [], switchDates: [] })).toEqual(dataset);
  });

  it('shows the agence rule broken when a wave moves after the wave of its agences', () => {
    const dataset = withTraining();
    const outcome = compareScenario(
      dataset,
      { moves: [], switchDates: [{ waveId: 'V1', switchDate: '2024-06-01' }] },
      '2022-06-01',
    );
    expect(outcome.current.violations).toEqual([]);
    expect(outcome.scenario.violations.map((v) => v.uai).sort()).toEqual(
      [uai.busy, uai.calm, uai.late].sort(),
    );
    expect(outcome.changedWaves).toEqual(['V1']);
    // V1 now switches in June: its first budget is prepared under GFC in op@le format.
    expect(outcome.current.waves.find((w) => w.waveId === 'V1')?.budgetMode).toBe('opale');
    expect(outcome.scenario.waves.find((w) => w.waveId === 'V1')?.budgetMode).toBe('gfc-opale-format');
  });

  it('scales the training with the EPLE moved, and counts the volunteers lacking', () => {
    const dataset = withTraining();
    const outcome = compareScenario(
      dataset,
      { moves: [{ uai: uai.calm, toWave: 'V1' }], switchDates: [] },
      '2023-06-01',
    );
    const v2 = (plan: typeof outcome.current) => plan.waves.find((w) => w.waveId === 'V2');
    // 36 staff: two groups, four trainers, two volunteers of V1: two lacking.
    expect(v2(outcome.current)).toMatchObject({
      eple: 3,
      training: { groups: 2, trainersNeeded: 4, trainersShort: 2 },
    });
    // Two EPLE out of three: 24 staff, one group, one pair: nothing lacking.
    expect(v2(outcome.scenario)).toMatchObject({
      eple: 2,
      training: { groups: 1, trainersNeeded: 2, trainersShort: 0 },
    });
    expect(outcome.changedWaves).toEqual(['V1', 'V2']);
  });
});

describe('compareScenario, on any scenario', () => {
  const dataset = withTraining();
  const uais = dataset.eple.map((e) => e.uai);
  const scenarios = fc.record({
    moves: fc.uniqueArray(fc.record({ uai: fc.constantFrom(...uais), toWave: fc.constantFrom('V1', 'V2') }), {
      selector: (m) => m.uai,
      maxLength: uais.length,
    }),
    switchDates: fc.uniqueArray(
      fc.record({
        waveId: fc.constantFrom('V1', 'V2'),
        switchDate: fc.integer({ min: 0, max: 900 }).map((d) => addDays('2022-09-01', d)),
      }),
      { selector: (d) => d.waveId, maxLength: 2 },
    ),
  });
  const days = fc.integer({ min: 0, max: 900 }).map((d) => addDays('2022-06-01', d));

  it('is valid, keeps every EPLE once, leaves the records as they are, and changes nothing when it moves nothing', () => {
    fc.assert(
      fc.property(scenarios, days, (scenario, asOf) => {
        expect(validateScenario(scenario, dataset).ok).toBe(true);
        const before = JSON.stringify(dataset);
        const outcome = compareScenario(dataset, scenario, asOf);
        expect(JSON.stringify(dataset)).toBe(before);
        const plan = applyScenario(dataset, scenario);
        expect(plan.eple.map((e) => e.uai).sort()).toEqual([...uais].sort());
        const same = compareScenario(dataset, { moves: [], switchDates: [] }, asOf);
        expect(same.scenario).toEqual(same.current);
        expect(same.changedWaves).toEqual([]);
        for (const w of outcome.scenario.waves)
          expect(w.eple).toBe(plan.eple.filter((e) => e.waveId === w.waveId).length);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
