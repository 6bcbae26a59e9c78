import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { type ErrorCode, fromErrors, type Result } from './result.js';
import { TRAINERS_PER_GROUP, type Trainer, type TrainingGroup, type TrainingTrack } from './training.js';
import type { Wave, WaveId } from './wave.js';

const WAVE_ID = /^V\d+$/;

/** What a trainer is checked against when known: the tracks and the waves. */
export interface TrainerContext {
  readonly tracks?: ReadonlyMap<string, TrainingTrack>;
  readonly waves?: ReadonlyMap<WaveId, Wave>;
}

// What is wrong with one id of a trainer, typed; null when it is fine.
type Problem = { readonly code: ErrorCode; readonly expected: string } | null;

function waveProblem(id: string, waves: TrainerContext['waves']): Problem {
  if (!WAVE_ID.test(id))
    return { code: 'invalid_format', expected: `expected a wave id such as V1, got ${describe(id)}` };
  if (waves && !waves.has(id))
    return {
      code: 'unknown_reference',
      expected: `unknown wave ${id}, expected one of ${[...waves.keys()].join(', ')}`,
    };
  return null;
}

function trackProblem(id: string, tracks: TrainerContext['tracks']): Problem {
  const track = tracks?.get(id);
  if (tracks && !track) {
    const grouped = [...tracks.values()].filter((k) => k.grouped).map((k) => k.id);
    return {
      code: 'unknown_reference',
      expected: `unknown track ${id}, expected one of ${grouped.join(', ')}`,
    };
  }
  if (track && !track.grouped)
    return { code: 'rule_violation', expected: `track ${id} is not taught in groups: no trainer leads it` };
  return null;
}

// A list of ids: every item checked by `check`, none twice.
function idList(r: FieldReader, key: string, what: string, check: (id: string) => Problem): string[] {
  const raw = r.value(key);
  if (!Array.isArray(raw)) {
    r.error(key, 'invalid_format', `expected a list of ${what}s, got ${describe(raw)}`);
    return [];
  }
  const ids: string[] = [];
  raw.forEach((item, i) => {
    const id = typeof item === 'string' ? item.trim() : '';
    const problem: Problem =
      id === ''
        ? { code: 'invalid_format', expected: `expected a ${what}, got ${describe(item)}` }
        : check(id);
    if (problem !== null) r.error(`${key}[${i}]`, problem.code, problem.expected);
    else if (ids.includes(id)) r.error(`${key}[${i}]`, 'duplicate', `${id} is given twice`);
    else ids.push(id);
  });
  return ids;
}

/**
 * Validates a volunteer trainer: an id, a name (a role or an invented name), the wave they come
 * from, the tracks they can lead (at least one, each taught in groups) and the waves they are not
 * available for (none when absent). Tracks and waves are checked against `ctx` when given.
 */
export function validateTrainer(
  input: unknown,
  ctx: TrainerContext = {},
  field = 'trainer',
): Result<Trainer> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const id = r.text('id');
  const name = r.text('name');
  const fromWave = r.text('fromWave');
  const origin = fromWave === '' ? null : waveProblem(fromWave, ctx.waves);
  if (origin !== null) r.error('fromWave', origin.code, origin.expected);
  const trackIds = idList(r, 'trackIds', 'track id', (t) => trackProblem(t, ctx.tracks));
  if (Array.isArray(r.value('trackIds')) && (r.value('trackIds') as unknown[]).length === 0)
    r.error('trackIds', 'required', 'expected at least one track the trainer can lead');
  const unavailableWaves =
    r.value('unavailableWaves') === undefined
      ? []
      : idList(r, 'unavailableWaves', 'wave id', (w) => waveProblem(w, ctx.waves));
  return fromErrors(r.errors, () => ({ id, name, fromWave, trackIds, unavailableWaves }));
}

/**
 * Validates a training group: a known wave and grouped track, a size ≥ 1, and a pair of two
 * different known trainers, or fewer when the group lacks trainers (a plan names its gaps), and
 * the day it was planned.
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
  const plannedOn = r.date('plannedOn');
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
  if (!Array.isArray(pair) || ids.length > TRAINERS_PER_GROUP || (ids.length === 2 && ids[0] === ids[1])) {
    r.error(
      'trainerIds',
      'invalid_format',
      'expected a pair of two different trainer ids (binôme), or fewer when the group lacks trainers',
    );
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
    trainerIds: ids as string[],
    plannedOn,
  }));
}
