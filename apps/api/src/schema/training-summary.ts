import type { TrainingSummary } from '@opale/domain';
import { builder } from '../builder.js';
import { TrackSummaryRef } from './track-summary.js';
import { TrainingTotalsRef } from './training-totals.js';

export const TrainingSummaryRef = builder.objectRef<TrainingSummary>('TrainingSummary').implement({
  description: 'La formation d’une vague en chiffres : par parcours et au total.',
  fields: (t) => ({
    waveId: t.exposeString('waveId', { description: 'la vague (ex. V6)' }),
    tracks: t.field({ type: [TrackSummaryRef], description: 'chaque parcours', resolve: (s) => s.tracks }),
    totals: t.field({ type: TrainingTotalsRef, description: 'les totaux', resolve: (s) => s.totals }),
  }),
});
