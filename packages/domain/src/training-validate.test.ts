import { describe, expect, it } from 'vitest';
import type { TrainingTrack } from './training.js';
import { type TrainerContext, validateTrainer, validateTrainingGroup } from './training-validate.js';
import { waves } from './wave.fixture.js';

const tracks = new Map<string, TrainingTrack>(
  [
    { id: 'AC', label: 'Agent comptable', grouped: true, presentialDays: 4, remoteHours: 12 },
    { id: 'SG', label: 'Service gestion', grouped: true, presentialDays: 3, remoteHours: 9 },
    { id: 'ORD', label: 'Ordonnateurs', grouped: false, presentialDays: 0.5, remoteHours: 0 },
  ].map((t) => [t.id, t]),
);
const ctx = { tracks, waves: new Map(waves.map((w) => [w.id, w])) };
const fields = (input: unknown, context: TrainerContext = ctx) => {
  const result = validateTrainer(input, context);
  return result.ok ? [] : result.errors.map((e) => [e.field, e.code]);
};

describe('validateTrainer', () => {
  it('accepts a trainer with the tracks they lead, available for every wave unless said otherwise', () => {
    expect(
      validateTrainer({ id: 'F01', name: 'Formateur 01', fromWave: 'V2', trackIds: ['SG', 'AC'] }, ctx),
    ).toEqual({
      ok: true,
      value: {
        id: 'F01',
        name: 'Formateur 01',
        fromWave: 'V2',
        trackIds: ['SG', 'AC'],
        unavailableWaves: [],
      },
    });
    const busy = validateTrainer(
      { id: 'F02', name: 'Formateur 02', fromWave: 'V4', trackIds: ['SG'], unavailableWaves: ['V7'] },
      ctx,
    );
    expect(busy.ok && busy.value.unavailableWaves).toEqual(['V7']);
  });

  it('names every bad field with what was expected', () => {
    const input = {
      id: ' ',
      name: 'Formateur 03',
      fromWave: 'V42',
      trackIds: ['SG', 'compta', 'ORD', 'SG'],
      unavailableWaves: ['sept'],
    };
    expect(fields(input)).toEqual([
      ['trainer.id', 'required'],
      ['trainer.fromWave', 'unknown_reference'],
      ['trainer.trackIds[1]', 'unknown_reference'],
      ['trainer.trackIds[2]', 'rule_violation'],
      ['trainer.trackIds[3]', 'duplicate'],
      ['trainer.unavailableWaves[0]', 'invalid_format'],
    ]);
    const result = validateTrainer(input, ctx);
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages[2]).toBe('trainer.trackIds[1]: unknown track compta, expected one of AC, SG');
    expect(messages[3]).toContain('not taught in groups');
  });

  it('wants at least one track, as a list', () => {
    expect(fields({ id: 'F', name: 'N', fromWave: 'V1', trackIds: [] })).toEqual([
      ['trainer.trackIds', 'required'],
    ]);
    expect(fields({ id: 'F', name: 'N', fromWave: 'V1', trackIds: 'SG' })).toEqual([
      ['trainer.trackIds', 'invalid_format'],
    ]);
    expect(fields({ id: 'F', name: 'N', fromWave: 'sept', trackIds: ['SG'] })).toEqual([
      ['trainer.fromWave', 'invalid_format'],
    ]);
    expect(fields({ id: 'F', name: 'N', fromWave: 'sept', trackIds: ['x'] }, {})).toEqual([
      ['trainer.fromWave', 'invalid_format'],
    ]);
  });
});

describe('validateTrainingGroup', () => {
  const trainer = { id: 'F01', name: 'F', fromWave: 'V2', trackIds: ['SG'], unavailableWaves: [] };
  const groupCtx = { waves: ctx.waves, tracks, trainers: new Map([['F01', trainer]]) };
  const group = (trainerIds: unknown, day: { plannedOn?: unknown } = { plannedOn: '2023-10-02' }) =>
    validateTrainingGroup({ id: 'g', waveId: 'V6', trackId: 'SG', size: 20, trainerIds, ...day }, groupCtx);

  it('accepts a group lacking one or two trainers', () => {
    expect(group(['F01']).ok).toBe(true);
    expect(group([]).ok).toBe(true);
  });

  it('refuses three trainers, the same trainer twice or no list', () => {
    for (const ids of [['F01', 'F01'], ['F01', 'F01', 'F01'], 'F01']) {
      const result = group(ids);
      expect(result.ok ? null : result.errors[0]?.field).toBe('group.trainerIds');
    }
  });

  it('keeps the day the group was planned, and wants a real day', () => {
    const planned = group(['F01'], { plannedOn: '2023-10-02' });
    expect(planned.ok && planned.value.plannedOn).toBe('2023-10-02');
    for (const day of [{}, { plannedOn: '02/10/2023' }, { plannedOn: '2023-02-30' }]) {
      const result = group(['F01'], day);
      expect(result.ok ? null : result.errors.map((e) => [e.field, e.code])).toEqual([
        ['group.plannedOn', 'invalid_date'],
      ]);
    }
  });
});
