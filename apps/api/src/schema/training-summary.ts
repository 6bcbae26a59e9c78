import type { TrainingSummary } from '@opale/domain';
import { builder } from '../builder.js';
import { TrackSummaryRef } from './track-summary.js';
import { TrainingTotalsRef } from './training-totals.js';

export const TrainingSummaryRef = builder.objectRef<TrainingSummary>('TrainingSummary').implement({
  fields: (t) => ({
    waveId: t.exposeString('waveId'),
    tracks: t.field({ type: [TrackSummaryRef], resolve: (s) => s.tracks }),
    totals: t.field({ type: TrainingTotalsRef, resolve: (s) => s.totals }),
  }),
});
