import {
  type Dataset,
  describe,
  domainError,
  fail,
  ok,
  type Result,
  type Trainer,
  type TrainingGroup,
  type TrainingSummary,
  type TrainingTrack,
  trainingSummary,
} from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap, valueOr400 } from '../results.js';
import { TrainingRef } from './figures.js';
import { READERS } from './report.js';

const TrackRef = builder.objectRef<TrainingTrack>('TrainingTrack').implement({
  description: 'A training track (parcours) by profile; the ordonnateurs are trained without groups.',
  fields: (t) => ({
    id: t.exposeString('id'),
    label: t.exposeString('label'),
    grouped: t.exposeBoolean('grouped'),
    presentialDays: t.exposeFloat('presentialDays'),
    remoteHours: t.exposeFloat('remoteHours'),
  }),
});

const TrainerRef = builder.objectRef<Trainer>('Trainer').implement({
  description: 'A volunteer trainer, a user from an earlier wave.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name', {
      nullable: true,
      description: 'the académie’s teams and the committee only; null for others',
      authScopes: { role: READERS },
      unauthorizedResolver: () => null,
    }),
    fromWave: t.exposeString('fromWave'),
  }),
});

/** A wave's training as recorded: what the group and trainer fields resolve from. */
interface WaveTraining {
  readonly waveId: string;
  readonly training: Dataset['training'];
}

const GroupRef = builder.objectRef<{ group: TrainingGroup; of: WaveTraining }>('TrainingGroup').implement({
  description: 'One training group: a track, its trainees, a pair (binôme) of trainers.',
  fields: (t) => ({
    id: t.string({ resolve: (g) => g.group.id }),
    size: t.int({ resolve: (g) => g.group.size }),
    track: t.field({
      type: TrackRef,
      resolve: (g) => g.of.training.tracks.find((k) => k.id === g.group.trackId) as TrainingTrack,
    }),
    trainers: t.field({
      type: [TrainerRef],
      resolve: (g) =>
        g.group.trainerIds.flatMap((id) => g.of.training.trainers.filter((trainer) => trainer.id === id)),
    }),
  }),
});

const WaveTrainingRef = builder.objectRef<WaveTraining>('WaveTraining').implement({
  description: "A wave's training: its tracks, groups with their trainer pairs, and the totals.",
  fields: (t) => ({
    waveId: t.exposeString('waveId'),
    summary: t.field({
      type: TrainingRef,
      resolve: (w): TrainingSummary => trainingSummary(w.waveId, w.training),
    }),
    tracks: t.field({ type: [TrackRef], resolve: (w) => [...w.training.tracks] }),
    groups: t.field({
      type: [GroupRef],
      resolve: (w) =>
        w.training.groups.filter((g) => g.waveId === w.waveId).map((group) => ({ group, of: w })),
    }),
  }),
});

/** The training of a wave of `dataset`, or an error naming the `wave` argument. */
function waveTraining(dataset: Dataset, waveId: string): Result<WaveTraining> {
  if (dataset.waves.some((w) => w.id === waveId)) return ok({ waveId, training: dataset.training });
  const known = dataset.waves.map((w) => w.id).join(', ');
  return fail(
    domainError('wave', 'unknown_reference', `wave: expected one of ${known}, got ${describe(waveId)}`),
  );
}

const StaffCountInput = builder.inputType('StaffCountInput', {
  description: 'How many staff of the wave to train on a track.',
  fields: (t) => ({
    trackId: t.string({ required: true }),
    count: t.int({ required: true }),
  }),
});

builder.queryFields((t) => ({
  training: t.field({
    type: WaveTrainingRef,
    description: "A wave's training plan as recorded.",
    authScopes: { signedIn: true },
    args: { wave: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => valueOr400(waveTraining(await ctx.dataset(), args.wave)),
  }),
}));

builder.mutationFields((t) => ({
  planTrainingGroups: t.field({
    type: WaveTrainingRef,
    description:
      "Plans a wave's training groups (about 20 a group) and trainer pairs from its staff counts per track, replacing its plan (SI2C, admin).",
    authScopes: { role: ['admin', 'si2c'] },
    errors: { types: [InvalidInput] },
    args: {
      wave: t.arg.string({ required: true }),
      staff: t.arg({ type: [StaffCountInput], required: true }),
    },
    resolve: async (_root, args, ctx) => {
      unwrap(
        await ctx.store.writes.planTraining(
          { waveId: args.wave, staff: args.staff },
          actorOf(ctx.caller as Caller),
        ),
      );
      // Read after the write: the request's own view of the records predates it.
      return unwrap(waveTraining(await ctx.store.loadDataset(), args.wave));
    },
  }),
}));
