import {
  type Dataset,
  type TrainingSummary,
  trainersOf,
  trainingAsOf,
  trainingGroupsOf,
} from '@opale/domain';
import { builder } from '../builder.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { TrackSummaryRef } from './track-summary.js';
import { TrainingGroupRef } from './training-group.js';
import { TrainingTotalsRef } from './training-totals.js';

// The records behind a summary: those planned by its day when it is as of a day (a report's).
const recordsOf = (s: TrainingSummary, training: Dataset['training']) =>
  s.asOf === null ? training : trainingAsOf(training, s.asOf);

export const TrainingSummaryRef = builder.objectRef<TrainingSummary>('TrainingSummary').implement({
  description: 'La formation d’une vague en chiffres : par parcours et au total.',
  fields: (t) => ({
    waveId: t.exposeString('waveId', { description: 'la vague (ex. V6)' }),
    tracks: t.field({ type: [TrackSummaryRef], description: 'chaque parcours', resolve: (s) => s.tracks }),
    totals: t.field({ type: TrainingTotalsRef, description: 'les totaux', resolve: (s) => s.totals }),
    groupList: t.connection(
      {
        type: TrainingGroupRef,
        description:
          'les groupes que comptent `totals.groups` (ou, pour un parcours, son `groups`) : autant que le chiffre',
        args: {
          track: t.arg.string({ required: false, description: 'les groupes de ce parcours seulement' }),
        },
        resolve: async (s, args, ctx) => {
          pageSize(args);
          const training = recordsOf(s, (await ctx.dataset()).training);
          const of = { waveId: s.waveId, training, asOf: s.asOf };
          const groups = trainingGroupsOf(training, s.waveId, args.track ?? undefined);
          return page(
            args,
            groups.map((group) => ({ group, of })),
          );
        },
      },
      withTotalCount('de groupes'),
    ),
    trainerIds: t.stringList({
      description: 'les formateurs que compte `totals.trainers`, chacun une fois : autant que le chiffre',
      resolve: async (s, _args, ctx) => trainersOf(recordsOf(s, (await ctx.dataset()).training), s.waveId),
    }),
  }),
});
