import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import { validateDataset } from './dataset-validate.js';
import {
  assessDifficulty,
  type DifficultyAssessment,
  difficultyOfWave,
  followedWaves,
} from './difficulty.js';
import { validateDifficultyConfig } from './difficulty-config.js';

const dataset = fixtureDataset();
const config = (input: unknown) => {
  const r = validateDifficultyConfig(input);
  if (!r.ok) throw new Error('bad config in test');
  return r.value;
};

describe('EPLE in difficulty', () => {
  it('uses a valid fixture', () => {
    expect(validateDataset(dataset)).toMatchObject({ ok: true });
  });

  it('follows the waves around their bascule only', () => {
    const c = config({});
    expect(followedWaves(dataset.waves, '2024-01-22', c).map((w) => w.id)).toEqual(['V2']);
    expect(followedWaves(dataset.waves, '2023-12-15', c).map((w) => w.id)).toEqual(['V2']);
    expect(followedWaves(dataset.waves, '2023-11-15', c).map((w) => w.id)).toEqual([]);
  });

  it('flags each EPLE with the reasons that add up to its score', () => {
    const report = assessDifficulty(dataset, '2024-01-22');
    expect(report.assessed).toBe(3);
    const byUai = new Map(report.eple.map((e) => [e.uai, e]));
    // 1 action of 10 is 10 %: the middle bucket (both bounds included); budget still pending; a critical alert.
    const late = byUai.get(uai.late);
    expect(late?.reasons.map((r) => r.signal)).toEqual([
      'kit-10-to-30',
      'budget-not-executoire',
      'restitution-alerts',
    ]);
    expect(late?.score).toBe(1 + 3 + 2);
    expect(late?.reasons[1]?.message).toBe('Budget 2024 non exécutoire 21 jours après la bascule');
    expect(late?.followUps.map((f) => f.kind)).toEqual(['visio']);
    // 2 finalized, one undone → 1 of 10; two open tickets, one of them opened 33 days ago.
    const busy = byUai.get(uai.busy);
    expect(busy?.reasons.map((r) => [r.signal, r.value])).toEqual([
      ['kit-10-to-30', 1],
      ['open-tickets', 2],
      ['stale-tickets', 1],
    ]);
    expect(busy?.score).toBe(4);
    // 5 of 10 actions, budget exécutoire, one open ticket, its alert cleared: not flagged.
    expect(byUai.has(uai.calm)).toBe(false);
    expect(report.eple.map((e) => e.uai)).toEqual([uai.late, uai.busy]);
  });

  it('reads the records as of the date', () => {
    const before = assessDifficulty(dataset, '2024-01-04');
    // On 4 January: two actions still finalized (20 %), one ticket open (not enough), budget not yet exécutoire.
    const busy = before.eple.find((e) => e.uai === uai.busy);
    expect(busy?.reasons.map((r) => [r.signal, r.value])).toEqual([
      ['kit-10-to-30', 2],
      ['budget-not-executoire', 3],
    ]);
    // Half its kit done; its budget became exécutoire on the 10th only.
    expect(before.eple.find((e) => e.uai === uai.calm)?.reasons.map((r) => r.signal)).toEqual([
      'budget-not-executoire',
    ]);
    const late = before.eple.find((e) => e.uai === uai.late);
    expect(late?.reasons.map((r) => r.signal)).toEqual(['kit-10-to-30', 'budget-not-executoire']);
    expect(late?.followUps).toEqual([]);
    const after = assessDifficulty(dataset, '2024-02-21');
    expect(after.eple.find((e) => e.uai === uai.late)?.reasons.map((r) => r.signal)).toEqual([
      'kit-10-to-30',
      'restitution-alerts',
    ]);
  });

  it('follows its configuration', () => {
    const strict = assessDifficulty(dataset, '2024-01-22', config({ scoreThreshold: 5 }));
    expect(strict.eple.map((e) => e.uai)).toEqual([uai.late]);
    const noKit = assessDifficulty(dataset, '2024-01-22', config({ weights: { 'kit-10-to-30': 0 } }));
    expect(noKit.eple.find((e) => e.uai === uai.late)?.reasons.map((r) => r.signal)).toEqual([
      'budget-not-executoire',
      'restitution-alerts',
    ]);
  });

  it.each([
    [{ scoreThreshold: -1 }, 'difficulty.scoreThreshold'],
    [{ staleAfterDays: 1.5 }, 'difficulty.staleAfterDays'],
    [{ weights: { 'kit-below-10': -2 } }, 'difficulty.weights.kit-below-10'],
    [{ weights: { unknown: 1 } }, 'difficulty.weights.unknown'],
    ['strict', 'difficulty'],
    [{ scoreTreshold: 4 }, 'difficulty.scoreTreshold'],
    [{ weights: 'kit' }, 'difficulty.weights'],
  ])('rejects the configuration %j naming %s', (input, field) => {
    const r = validateDifficultyConfig(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toContain(field);
  });
});

describe('difficultyOfWave', () => {
  const assessment = (uai: string, waveId: string, score: number): DifficultyAssessment => ({
    uai,
    name: uai,
    commune: 'Amiens',
    waveId,
    score,
    flagged: true,
    reasons: [],
    followUps: [],
  });

  it("keeps the wave's EPLE in the report's order", () => {
    const list = [
      assessment('A', 'V7', 9),
      assessment('B', 'V6', 6),
      assessment('C', 'V7', 4),
      assessment('D', 'V6', 4),
    ];
    expect(difficultyOfWave(list, 'V6').map((a) => a.uai)).toEqual(['B', 'D']);
    expect(difficultyOfWave(list, 'V7').map((a) => a.uai)).toEqual(['A', 'C']);
    expect(difficultyOfWave(list, 'V5')).toEqual([]);
  });

  it("reads the report's list", () => {
    const report = assessDifficulty(dataset, '2024-01-22');
    expect(difficultyOfWave(report.eple, 'V2')).toEqual(report.eple);
    expect(difficultyOfWave(report.eple, 'V1')).toEqual([]);
  });
});
