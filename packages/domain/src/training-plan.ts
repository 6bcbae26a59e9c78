import type { Dataset } from './dataset.js';
import { dateError, type IsoDate, isIsoDate } from './date.js';
import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { type DomainError, domainError, type ErrorCode, fromErrors, type Result } from './result.js';
import {
  type StaffCount,
  TRAINERS_PER_GROUP,
  type Trainer,
  type TrainingGroup,
  type TrainingTrack,
} from './training.js';
import {
  pairedGroupsOf,
  staffCountsOf,
  trainersOf,
  trainingAsOf,
  trainingGroupsOf,
} from './training-lists.js';
import { type GroupGap, type StaffingOptions, staffGroups } from './training-staffing.js';
import { compareWaves, type Wave, type WaveId } from './wave.js';

// Staff counts are a few records a wave: listing the known ids eagerly costs nothing.
function knownId(r: FieldReader, key: string, what: string, known: readonly string[]): string {
  const id = r.text(key);
  if (id !== '' && !known.includes(id)) {
    const expected = known.length > 0 ? `expected one of ${known.join(', ')}` : `no ${what} is defined yet`;
    r.error(key, 'unknown_reference', `unknown ${what} ${id}: ${expected}`);
  }
  return id;
}

/**
 * Validates the number of staff of a wave to train on a track: a known wave, a known track, a
 * whole number ≥ 0 (a negative staff count is an error, not a zero) and the day it was planned.
 */
export function validateStaffCount(
  input: unknown,
  ctx: { readonly waves: ReadonlyMap<WaveId, Wave>; readonly tracks: ReadonlyMap<string, TrainingTrack> },
  field = 'staff',
): Result<StaffCount> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const waves = [...ctx.waves.values()].sort(compareWaves).map((w) => w.id);
  const waveId = knownId(r, 'waveId', 'wave', waves);
  const trackId = knownId(r, 'trackId', 'track', [...ctx.tracks.keys()]);
  const count = r.integer('count', 0);
  const plannedOn = r.date('plannedOn');
  return fromErrors(r.errors, () => ({ waveId, trackId, count, plannedOn }));
}

function amount(r: FieldReader, key: string, unit: string): number {
  const v = r.value(key);
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  r.error(key, 'out_of_range', `expected a number of ${unit} ≥ 0, got ${describe(v)}`);
  return 0;
}

/**
 * Validates a training track: non-empty id and label, `grouped` a boolean, presential days and
 * remote hours numbers ≥ 0 (fractions allowed: the ordonnateurs have half a day).
 */
export function validateTrainingTrack(input: unknown, field = 'track'): Result<TrainingTrack> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const id = r.text('id');
  const label = r.text('label');
  const grouped = r.value('grouped');
  if (typeof grouped !== 'boolean')
    r.error('grouped', 'invalid_format', `expected true or false, got ${describe(grouped)}`);
  const presentialDays = amount(r, 'presentialDays', 'days');
  const remoteHours = amount(r, 'remoteHours', 'hours');
  return fromErrors(r.errors, () => ({ id, label, grouped: grouped === true, presentialDays, remoteHours }));
}

/** The figures of one track of a wave's training. */
export interface TrackSummary {
  readonly trackId: string;
  readonly label: string;
  readonly grouped: boolean;
  readonly staff: number;
  readonly groups: number;
  /** Pairs of trainers (binômes) formed: the groups led by two trainers (one a group when none lacks any). */
  readonly pairs: number;
  /** Trainer places filled in the track's groups: two a group when none lacks a trainer. */
  readonly trainers: number;
  readonly presentialDays: number;
  readonly remoteHours: number;
}

/** A wave's training, track by track and in total. */
export interface TrainingSummary {
  readonly waveId: WaveId;
  /** The day whose training it sums up (groups and counts planned by then); null: all recorded. */
  readonly asOf: IsoDate | null;
  readonly tracks: TrackSummary[];
  /** `trainers` counts distinct named trainers: one who leads two groups counts once. */
  readonly totals: {
    readonly staff: number;
    readonly groups: number;
    readonly pairs: number;
    readonly trainers: number;
  };
}

const sizes = (groups: readonly TrainingGroup[]) => groups.reduce((n, g) => n + g.size, 0);
const counts = (staff: readonly StaffCount[]) => staff.reduce((n, s) => n + s.count, 0);

/**
 * Sums up the recorded training of a wave as of `asOf` (only what was planned by then; all of it
 * when absent), tracks in the order of `training.tracks` (groups and staff counts of other
 * tracks are left out). A track's staff is the sum of its groups'
 * sizes once groups exist, its recorded staff count before that or when it is not taught in
 * groups (the ordonnateurs). Each count is the size of its list ({@link trainingGroupsOf},
 * {@link trainersOf}); each staff figure the sum of its list's sizes or counts.
 */
export function trainingSummary(
  waveId: WaveId,
  recorded: Dataset['training'],
  asOf?: IsoDate,
): TrainingSummary {
  const training = asOf === undefined ? recorded : trainingAsOf(recorded, asOf);
  const totals = { staff: 0, groups: 0, pairs: 0, trainers: trainersOf(training, waveId).length };
  const tracks = training.tracks.map((track): TrackSummary => {
    const groups = trainingGroupsOf(training, waveId, track.id);
    const pairs = pairedGroupsOf(training, waveId, track.id).length;
    const places = groups.reduce((n, g) => n + g.trainerIds.filter((id) => id !== '').length, 0);
    const staff =
      track.grouped && groups.length > 0 ? sizes(groups) : counts(staffCountsOf(training, waveId, track.id));
    totals.staff += staff;
    totals.groups += groups.length;
    totals.pairs += pairs;
    const { id: trackId, label, grouped, presentialDays, remoteHours } = track;
    return {
      trackId,
      label,
      grouped,
      staff,
      groups: groups.length,
      pairs,
      trainers: places,
      presentialDays,
      remoteHours,
    };
  });
  return { waveId, asOf: asOf ?? null, tracks, totals };
}

/** Group size the planner aims at, as the académie practises it. */
export const DEFAULT_TARGET_GROUP_SIZE = 20;
/** Largest group the planner accepts before adding a group. */
export const DEFAULT_MAX_GROUP_SIZE = 25;

/**
 * What the planner needs: staff to train per track, the tracks, the waves and the volunteers
 * (see {@link staffGroups} for who leads which group).
 */
export interface PlanOptions extends Omit<StaffingOptions, 'trainers'> {
  readonly staff: readonly { readonly trackId: string; readonly count: number }[];
  /** The day the plan is made: its groups and staff counts are planned on it. */
  readonly plannedOn: IsoDate;
  readonly tracks: readonly TrainingTrack[];
  readonly trainers?: readonly Trainer[];
  readonly targetGroupSize?: number;
  readonly maxGroupSize?: number;
}

/** A proposed training of a wave: its groups, their trainers, and what is missing. */
export interface TrainingPlan {
  readonly waveId: WaveId;
  /** Ids `${waveId}-${trackId}-${n}`; a group lacking trainers has fewer than two ids. */
  readonly groups: TrainingGroup[];
  /** The staff counts planned for, one per track (counts given twice for a track are added). */
  readonly staff: StaffCount[];
  readonly summary: TrainingSummary;
  /** Trainer places: two a group. */
  readonly trainersNeeded: number;
  /** Places left empty: the sum of the gaps' missing trainers. */
  readonly trainersShort: number;
  /** The groups lacking a pair, in the order of the groups. */
  readonly gaps: GroupGap[];
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

// As many groups as the target suggests, but never one above the maximum: ceil(count / n) ≤ max
// holds exactly when n ≥ ceil(count / max). Sizes are spread so that they differ by at most one.
function groupSizes(count: number, target: number, max: number): number[] {
  if (count === 0) return [];
  const n = Math.max(1, Math.round(count / target), Math.ceil(count / max));
  const base = Math.floor(count / n);
  const larger = count % n;
  return Array.from({ length: n }, (_, i) => (i < larger ? base + 1 : base));
}

/**
 * Plans a wave's training from staff counts per track: grouped tracks get
 * max(1, round(count / target)) groups, more if a group would exceed the maximum, each staffed
 * with a pair of trainers who may lead it ({@link staffGroups}); other tracks (the ordonnateurs)
 * keep their staff count and no group. Groups and counts are planned on `plannedOn`. Groups that lack a pair are planned all the same and
 * named in `gaps`. A negative or fractional count, an unknown track or inconsistent sizes are errors.
 */
export function planTraining(options: PlanOptions): Result<TrainingPlan> {
  const errors: DomainError[] = [];
  const report = (field: string, code: ErrorCode, expected: string) =>
    errors.push(domainError(field, code, `${field}: ${expected}`));
  const target = options.targetGroupSize ?? DEFAULT_TARGET_GROUP_SIZE;
  const max = options.maxGroupSize ?? DEFAULT_MAX_GROUP_SIZE;
  if (!isPositiveInteger(target))
    report('targetGroupSize', 'out_of_range', `expected a whole number ≥ 1, got ${describe(target)}`);
  if (!isPositiveInteger(max))
    report('maxGroupSize', 'out_of_range', `expected a whole number ≥ 1, got ${describe(max)}`);
  if (isPositiveInteger(target) && isPositiveInteger(max) && target > max) {
    report('targetGroupSize', 'inconsistent', `expected at most maxGroupSize (${max}), got ${target}`);
  }
  if (!isIsoDate(options.plannedOn)) errors.push(dateError('plannedOn', options.plannedOn));
  if (typeof options.waveId !== 'string' || options.waveId.trim() === '') {
    report('waveId', 'required', `expected a wave id such as V6, got ${describe(options.waveId)}`);
  }
  const trackById = new Map(options.tracks.map((t) => [t.id, t]));
  const counts = new Map<string, number>();
  options.staff.forEach(({ trackId, count }, i) => {
    const known = trackById.has(trackId);
    if (!known) {
      const expected = [...trackById.keys()].join(', ');
      report(
        `staff[${i}].trackId`,
        'unknown_reference',
        `unknown track ${describe(trackId)}: expected one of ${expected}`,
      );
    }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      report(
        `staff[${i}].count`,
        'out_of_range',
        `expected a whole number of staff ≥ 0, got ${describe(count)}`,
      );
    } else if (known) {
      counts.set(trackId, (counts.get(trackId) ?? 0) + count);
    }
  });
  return fromErrors(errors, () => {
    const { waveId, plannedOn } = options;
    const trainers = options.trainers ?? [];
    const tracks = [...trackById.values()];
    const sized: TrainingGroup[] = tracks
      .filter((track) => track.grouped)
      .flatMap((track) =>
        groupSizes(counts.get(track.id) ?? 0, target, max).map((size, k) => ({
          id: `${waveId}-${track.id}-${k + 1}`,
          waveId,
          trackId: track.id,
          size,
          trainerIds: [],
          plannedOn,
        })),
      );
    const { groups, gaps } = staffGroups(sized, { ...options, trainers });
    const staff = [...counts].map(([trackId, count]) => ({ waveId, trackId, count, plannedOn }));
    const summary = trainingSummary(waveId, { tracks, trainers, groups, staff });
    return {
      waveId,
      groups,
      staff,
      summary,
      trainersNeeded: TRAINERS_PER_GROUP * groups.length,
      trainersShort: gaps.reduce((sum, g) => sum + g.missing, 0),
      gaps,
    };
  });
}
