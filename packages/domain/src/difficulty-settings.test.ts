import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import type { Dataset } from './dataset.js';
import { validateDataset } from './dataset-validate.js';
import { DEFAULT_DIFFICULTY_CONFIG } from './difficulty-config.js';
import {
  type DifficultySetting,
  difficultyConfigOn,
  difficultySettingOn,
  sortDifficultySettings,
  validateDifficultySetting,
} from './difficulty-settings.js';
import { committeeReport } from './report.js';

const setting = (effectiveOn: string, scoreThreshold: number, recordedAt = `${effectiveOn}T08:00:00Z`) =>
  ({
    effectiveOn,
    config: { ...DEFAULT_DIFFICULTY_CONFIG, scoreThreshold },
    recordedBy: 'admin',
    recordedAt,
  }) satisfies DifficultySetting;

const flaggedOn = (dataset: Dataset, asOf: string) => {
  const r = committeeReport(dataset, { asOf });
  if (!r.ok) throw new Error('bad report in test');
  return r.value.difficulty;
};

describe('the difficulty rule in force on a day', () => {
  it('is the defaults when no setting is in force yet', () => {
    expect(difficultyConfigOn(undefined, '2024-01-22')).toBe(DEFAULT_DIFFICULTY_CONFIG);
    expect(difficultyConfigOn([setting('2024-02-01', 5)], '2024-01-31')).toBe(DEFAULT_DIFFICULTY_CONFIG);
    expect(difficultySettingOn([], '2024-01-22').setting).toBeNull();
  });

  it('is the latest setting effective on or before the day, whatever the order of the history', () => {
    const history = [setting('2024-03-01', 7), setting('2024-01-10', 4), setting('2024-02-01', 5)];
    expect(difficultyConfigOn(history, '2024-01-10').scoreThreshold).toBe(4);
    expect(difficultyConfigOn(history, '2024-02-29').scoreThreshold).toBe(5);
    expect(difficultyConfigOn(history, '2024-03-01').scoreThreshold).toBe(7);
    expect(sortDifficultySettings(history).map((s) => s.effectiveOn)).toEqual([
      '2024-01-10',
      '2024-02-01',
      '2024-03-01',
    ]);
  });

  it('takes, of two settings effective the same day, the one recorded last', () => {
    const history = [
      setting('2024-02-01', 6, '2024-01-20T10:00:00Z'),
      setting('2024-02-01', 5, '2024-01-20T09:00:00Z'),
    ];
    expect(difficultyConfigOn(history, '2024-02-01').scoreThreshold).toBe(6);
  });
});

describe('the report and the rule in force', () => {
  const dataset = fixtureDataset();

  it('flags with the setting in force on the report day', () => {
    expect(flaggedOn(dataset, '2024-01-22').eple.map((e) => e.uai)).toEqual([uai.late, uai.busy]);
    const strict = { ...dataset, difficultySettings: [setting('2024-01-15', 5)] };
    const report = flaggedOn(strict, '2024-01-22');
    expect(report.config.scoreThreshold).toBe(5);
    expect(report.eple.map((e) => e.uai)).toEqual([uai.late]);
  });

  it('does not change a report as of a past day when settings effective later are added', () => {
    const before = flaggedOn(dataset, '2024-01-22');
    const later = { ...dataset, difficultySettings: [setting('2024-01-23', 9), setting('2024-06-01', 1)] };
    expect(flaggedOn(later, '2024-01-22')).toEqual(before);
    expect(flaggedOn(later, '2024-01-23').eple).toEqual([]);
    const rulesOn = (asOf: string) => {
      const r = committeeReport(later, { asOf });
      return r.ok ? r.value.difficultyRules.map((s) => s.effectiveOn) : null;
    };
    expect(rulesOn('2024-01-22')).toEqual([]);
    expect(rulesOn('2024-06-01')).toEqual(['2024-01-23', '2024-06-01']);
  });

  it('still lets a caller try another rule', () => {
    const r = committeeReport(
      { ...dataset, difficultySettings: [setting('2024-01-01', 9)] },
      { asOf: '2024-01-22', difficulty: {} },
    );
    expect(r.ok && r.value.difficulty.config).toEqual(DEFAULT_DIFFICULTY_CONFIG);
  });
});

describe('validateDifficultySetting', () => {
  it('completes a partial rule with the defaults', () => {
    const r = validateDifficultySetting({
      effectiveOn: '2024-02-01',
      config: { scoreThreshold: 4 },
      recordedBy: 'admin',
      recordedAt: '2024-01-25T10:00:00Z',
      reason: ' Trop de signalements ',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        effectiveOn: '2024-02-01',
        config: { ...DEFAULT_DIFFICULTY_CONFIG, scoreThreshold: 4 },
        recordedBy: 'admin',
        recordedAt: '2024-01-25T10:00:00Z',
        reason: 'Trop de signalements',
      },
    });
  });

  it('names every bad field', () => {
    const r = validateDifficultySetting({
      effectiveOn: '2024-02-30',
      config: { weights: { 'kit-below-10': -1 }, leadDays: 'x' },
      recordedBy: '',
    });
    expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual([
      'difficultySetting.config.leadDays',
      'difficultySetting.config.weights.kit-below-10',
      'difficultySetting.effectiveOn',
      'difficultySetting.recordedAt',
      'difficultySetting.recordedBy',
    ]);
  });

  it('is checked with the dataset', () => {
    const bad = {
      ...fixtureDataset(),
      difficultySettings: [{ ...setting('2024-01-01', 3), effectiveOn: 'hier' }],
    };
    const r = validateDataset(bad);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['difficultySettings[0].effectiveOn']);
    expect(validateDataset({ ...fixtureDataset(), difficultySettings: [setting('2024-01-01', 3)] }).ok).toBe(
      true,
    );
  });
});
