import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { fromErrors, type Result } from './result.js';
import type { Trainer, TrainingGroup, TrainingTrack } from './training.js';
import type { Wave, WaveId } from './wave.js';

const WAVE_ID = /^V\d+$/;

/** Validates a volunteer trainer: an id, a name (a role or an invented name) and the wave they come from. */
export function validateTrainer(input: unknown, field = 'trainer'): Result<Trainer> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const value: Trainer = { id: r.text('id'), name: r.text('name'), fromWave: r.text('fromWave') };
  if (value.fromWave && !WAVE_ID.test(value.fromWave))
    r.error('fromWave', 'invalid_format', 'expected a wave id such as V1');
  return fromErrors(r.errors, () => value);
}

/**
 * Validates a training group: a known wave and grouped track, a size ≥ 1, and a pair of two
 * different known trainers.
 */
export function validateTrainingGroup(
  input: unknown,
  ctx: {
    waves: ReadonlyMap<WaveId, Wave>;
    tracks: ReadonlyMap<string, TrainingTrack>;
    trainers: ReadonlyMap<string, Trainer>;
  },
  field = 'group',
): Result<TrainingGroup> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const id = r.text('id');
  const waveId = r.text('waveId');
  const trackId = r.text('trackId');
  const size = r.integer('size', 1);
  if (waveId && !ctx.waves.has(waveId)) {
    r.error(
      'waveId',
      'unknown_reference',
      `unknown wave ${waveId}, expected one of ${[...ctx.waves.keys()].join(', ')}`,
    );
  }
  const track = ctx.tracks.get(trackId);
  if (trackId && !track)
    r.error(
      'trackId',
      'unknown_reference',
      `unknown track ${trackId}, expected one of ${[...ctx.tracks.keys()].join(', ')}`,
    );
  if (track && !track.grouped)
    r.error('trackId', 'rule_violation', `track ${trackId} is not taught in groups`);
  const pair = r.value('trainerIds');
  const ids = Array.isArray(pair) ? pair : [];
  if (ids.length !== 2 || ids[0] === ids[1]) {
    r.error('trainerIds', 'invalid_format', 'expected a pair of two different trainer ids (binôme)');
  }
  ids.forEach((t, i) => {
    if (typeof t !== 'string' || !ctx.trainers.has(t)) {
      r.error(`trainerIds[${i}]`, 'unknown_reference', `unknown trainer ${describe(t)}`);
    }
  });
  return fromErrors(r.errors, () => ({
    id,
    waveId,
    trackId,
    size,
    trainerIds: [ids[0], ids[1]] as [string, string],
  }));
}
