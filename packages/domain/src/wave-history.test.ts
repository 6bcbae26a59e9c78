import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import type { Dataset } from './dataset.js';
import { datasetArb, isoDayArb } from './dataset-arb.fixture.js';
import { validateDataset } from './dataset-validate.js';
import { committeeReport } from './report.js';
import { rolloutWeeks } from './rollout-weeks.js';
import { ticketsMatching } from './ticket-list.js';
import { validateWaveChange, waveChangeChainErrors } from './wave-change-validate.js';
import { epleWaveHistory, planAsOf, type WaveChange } from './wave-history.js';
import { applyScenario, compareScenario, type Scenario, scenarioChanges } from './what-if.js';

const decided = (on: string) => ({ on, recordedBy: 'admin@ac-amiens.fr', recordedAt: `${on}T09:00:00.000Z` });

/** The fixture's académie with a third wave, in September 2024. */
function records(): Dataset {
  const d = fixtureDataset();
  return {
    ...d,
    waves: [
      ...d.waves,
      { id: 'V3', number: 3, switchDate: '2024-09-01', plannedCount: null, milestones: [] },
    ],
  };
}

/** The records once `scenario` is applied as decided on `on`: the new plan and its changes. */
function applied(d: Dataset, scenario: Scenario, on: string): Dataset {
  const changes = scenarioChanges(d, scenario, decided(on));
  const plan = applyScenario(d, scenario);
  // The records keep their waves in their order; only the days change.
  const waves = d.waves.map((w) => plan.waves.find((x) => x.id === w.id) ?? w);
  return { ...plan, waves, waveChanges: [...(d.waveChanges ?? []), ...changes] };
}

const moveLate: Scenario = { moves: [{ uai: uai.late, toWave: 'V3' }], switchDates: [] };

describe('planAsOf', () => {
  it('keeps an EPLE in its wave until the day its move is decided', () => {
    const after = applied(records(), moveLate, '2024-03-01');
    const waveOf = (day: string) => planAsOf(after, day).eple.find((e) => e.uai === uai.late)?.waveId;
    expect(waveOf('2024-01-22')).toBe('V2');
    expect(waveOf('2024-02-29')).toBe('V2');
    expect(waveOf('2024-03-01')).toBe('V3');
    expect(waveOf('2024-03-02')).toBe('V3');
    expect(after.eple.find((e) => e.uai === uai.late)?.waveId).toBe('V3');
  });

  it('answers the records themselves when nothing was decided after the day', () => {
    const after = applied(records(), moveLate, '2024-03-01');
    expect(planAsOf(after, '2024-03-01')).toBe(after);
    const none = records();
    expect(planAsOf(none, '2020-01-01')).toBe(none);
  });

  it('reads a chain of moves in the order decided, whatever the order recorded', () => {
    const d = records();
    const late = (from: string, to: string, on: string): WaveChange => ({
      kind: 'eple-wave',
      uai: uai.late,
      from,
      to,
      ...decided(on),
    });
    // The second move recorded first: it was decided later.
    const chained: Dataset = {
      ...d,
      eple: d.eple.map((e) => (e.uai === uai.late ? { ...e, waveId: 'V1' } : e)),
      waveChanges: [late('V3', 'V1', '2024-05-01'), late('V2', 'V3', '2024-03-01')],
    };
    expect(waveChangeChainErrors(chained)).toEqual([]);
    const waveOf = (day: string) => planAsOf(chained, day).eple.find((e) => e.uai === uai.late)?.waveId;
    expect([waveOf('2024-02-01'), waveOf('2024-04-01'), waveOf('2024-06-01')]).toEqual(['V2', 'V3', 'V1']);
    expect(epleWaveHistory(chained.waveChanges, uai.late).map((c) => c.to)).toEqual(['V3', 'V1']);
  });

  it('moves a bascule only from the day it is decided', () => {
    const after = applied(
      records(),
      { moves: [], switchDates: [{ waveId: 'V3', switchDate: '2025-01-01' }] },
      '2024-03-01',
    );
    const dayOf = (asOf: string) => planAsOf(after, asOf).waves.find((w) => w.id === 'V3')?.switchDate;
    expect(dayOf('2024-02-29')).toBe('2024-09-01');
    expect(dayOf('2024-03-01')).toBe('2025-01-01');
  });
});

describe('figures as of a day, after a wave change', () => {
  it('leave the report of a day before the move as it was, and show the move from its day on', () => {
    const before = records();
    const after = applied(before, moveLate, '2024-03-01');
    expect(committeeReport(after, { asOf: '2024-01-22' })).toEqual(
      committeeReport(before, { asOf: '2024-01-22' }),
    );
    const report = committeeReport(after, { asOf: '2024-03-02' });
    const attached = report.ok ? report.value.waves.map((w) => [w.id, w.counts.attachedCount]) : [];
    expect(attached).toEqual([
      ['V1', 1],
      ['V2', 2],
      ['V3', 1],
    ]);
  });

  it('count the moved EPLE in its old wave in the roll-out weeks before the move', () => {
    const after = applied(records(), moveLate, '2024-03-01');
    const weeks = rolloutWeeks(after, 'V2', '2024-03-10', 3);
    expect(weeks.ok && weeks.value.map((w) => [w.on, w.eple])).toEqual([
      ['2024-02-25', 3],
      ['2024-03-03', 2],
      ['2024-03-10', 2],
    ]);
  });

  it('list the tickets of a wave by the wave each EPLE was in that day', () => {
    const moveBusy: Scenario = { moves: [{ uai: uai.busy, toWave: 'V3' }], switchDates: [] };
    const after = applied(records(), moveBusy, '2024-03-01');
    const refs = (waveId: string, asOf: string) => ticketsMatching(after, { waveId }, asOf).map((t) => t.ref);
    expect(refs('V2', '2024-02-01')).toEqual(['R-4', 'R-2', 'R-3', 'R-1']);
    expect(refs('V3', '2024-02-01')).toEqual([]);
    expect(refs('V2', '2024-03-01')).toEqual(['R-4']);
    expect(refs('V3', '2024-03-01')).toEqual(['R-2', 'R-3', 'R-1']);
  });

  it('compare a scenario with the plan held on the comparison day', () => {
    const after = applied(records(), moveLate, '2024-03-01');
    const none: Scenario = { moves: [], switchDates: [] };
    const v2 = (asOf: string) =>
      compareScenario(after, none, asOf).current.waves.find((w) => w.waveId === 'V2');
    expect(v2('2023-12-01')?.eple).toBe(3);
  });

  it('give the report of any day before the change as the records without it (property)', () => {
    const scenarioArb = fc.record({
      picks: fc.array(fc.record({ e: fc.nat(30), to: fc.constantFrom('V4', 'V5', 'V6', 'V7', 'V8') }), {
        maxLength: 6,
      }),
      day: isoDayArb,
      asOf: isoDayArb,
    });
    fc.assert(
      fc.property(datasetArb, scenarioArb, (d, { picks, day, asOf }) => {
        const uais = [...new Set(picks.flatMap((p) => (d.eple[p.e] ? [p.e] : [])))];
        const scenario: Scenario = {
          moves: uais.map((i) => ({
            uai: d.eple[i]?.uai as string,
            toWave: picks.find((p) => p.e === i)?.to as string,
          })),
          switchDates: [],
        };
        const after = applied(d, scenario, day);
        expect(waveChangeChainErrors(after)).toEqual([]);
        const expected = asOf < day ? d : applyScenario(d, scenario);
        expect(committeeReport(after, { asOf })).toEqual(committeeReport(expected, { asOf }));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('validateWaveChange', () => {
  const context = { waves: new Set(['V1', 'V2', 'V3']), eple: new Set([uai.late]), today: '2024-03-01' };

  it('reads a move and a bascule change', () => {
    const move = {
      kind: 'eple-wave',
      uai: uai.late.toLowerCase(),
      from: 'v2',
      to: 'V3',
      ...decided('2024-03-01'),
    };
    expect(validateWaveChange(move, context)).toEqual({
      ok: true,
      value: { kind: 'eple-wave', uai: uai.late, from: 'V2', to: 'V3', ...decided('2024-03-01') },
    });
    const day = {
      kind: 'switch-date',
      waveId: 'V3',
      from: '2024-09-01',
      to: '2025-01-01',
      ...decided('2024-02-01'),
    };
    expect(validateWaveChange(day, context).ok).toBe(true);
  });

  it('names every bad field', () => {
    const fields = (input: unknown) => {
      const r = validateWaveChange(input, context, 'waveChanges[0]');
      return r.ok ? [] : r.errors.map((e) => e.field);
    };
    expect(fields({ kind: 'moved' })).toEqual(['waveChanges[0].kind']);
    expect(
      fields({
        kind: 'eple-wave',
        uai: '0800009B',
        from: 'V2',
        to: 'V2',
        on: '2024-03-02',
        recordedBy: '',
        recordedAt: 'x',
      }),
    ).toEqual(['waveChanges[0].on', 'waveChanges[0].recordedBy', 'waveChanges[0].uai', 'waveChanges[0].to']);
    expect(
      fields({ kind: 'switch-date', waveId: 'V9', from: '2024-09-01', to: 'soon', ...decided('2024-01-01') }),
    ).toEqual(['waveChanges[0].waveId', 'waveChanges[0].to']);
  });
});

describe('waveChangeChainErrors', () => {
  it('names a change that does not follow on from the one before, or does not end at the records', () => {
    const d = records();
    const broken: Dataset = {
      ...d,
      waveChanges: [
        { kind: 'eple-wave', uai: uai.late, from: 'V1', to: 'V3', ...decided('2024-03-01') },
        { kind: 'eple-wave', uai: uai.late, from: 'V1', to: 'V3', ...decided('2024-04-01') },
      ],
    };
    expect(waveChangeChainErrors(broken).map((e) => e.field)).toEqual([
      'waveChanges[1].from',
      'waveChanges[1].to',
    ]);
  });

  it('makes validateDataset refuse a records set whose changes do not end at its plan', () => {
    const d = records();
    const input = {
      ...d,
      waveChanges: [{ kind: 'eple-wave', uai: uai.late, from: 'V1', to: 'V3', ...decided('2024-03-01') }],
    };
    const result = validateDataset(input);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['waveChanges[0].to']);
    const fine = validateDataset(applied(d, moveLate, '2024-03-01'));
    expect(fine.ok && fine.value.waveChanges?.length).toBe(1);
  });
});
