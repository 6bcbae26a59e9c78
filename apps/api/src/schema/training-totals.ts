import type { TrainingSummary } from '@opale/domain';
import { builder } from '../builder.js';

export const TrainingTotalsRef = builder.objectRef<TrainingSummary['totals']>('TrainingTotals').implement({
  fields: (t) => ({
    staff: t.exposeInt('staff'),
    groups: t.exposeInt('groups'),
    pairs: t.exposeInt('pairs'),
    trainers: t.exposeInt('trainers'),
  }),
});
