import { PERMISSIONS, type TrainingSummary, trainingSummary } from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap, valueOr400 } from '../results.js';
import { StaffCountInput } from './staff-count-input.js';
import { TrainingGroupRef } from './training-group.js';
import { TrainingSummaryRef } from './training-summary.js';
import { TrainingTrackRef } from './training-track.js';
import { type WaveTraining, waveTraining } from './wave-training-of.js';

const WaveTrainingRef = builder.objectRef<WaveTraining>('WaveTraining').implement({
  description: "A wave's training: its tracks, groups with their trainer pairs, and the totals.",
  fields: (t) => ({
    waveId: t.exposeString('waveId'),
    summary: t.field({
      type: TrainingSummaryRef,
      resolve: (w): TrainingSummary => trainingSummary(w.waveId, w.training),
    }),
    tracks: t.field({ type: [TrainingTrackRef], resolve: (w) => [...w.training.tracks] }),
    groups: t.field({
      type: [TrainingGroupRef],
      resolve: (w) =>
        w.training.groups.filter((g) => g.waveId === w.waveId).map((group) => ({ group, of: w })),
    }),
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
    authScopes: { role: PERMISSIONS.planTraining },
    errors: { types: [InvalidInput] },
    args: {
      wave: t.arg.string({ required: true }),
      staff: t.arg({ type: [StaffCountInput], required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const planned = unwrap(
        await ctx.store.writes.planTraining(
          { waveId: args.wave, staff: args.staff },
          actorOf(ctx.caller as Caller),
        ),
      );
      // What the transaction wrote and read: the wave's training as it now stands.
      return unwrap(waveTraining(planned, args.wave));
    },
  }),
}));
