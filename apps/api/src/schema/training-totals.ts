import type { TrainingSummary } from '@opale/domain';
import { builder } from '../builder.js';

export const TrainingTotalsRef = builder.objectRef<TrainingSummary['totals']>('TrainingTotals').implement({
  description: 'Les totaux de la formation d’une vague, tous parcours confondus.',
  fields: (t) => ({
    staff: t.exposeInt('staff', { description: 'personnels à former' }),
    groups: t.exposeInt('groups', { description: 'groupes (20 personnes environ par groupe)' }),
    pairs: t.exposeInt('pairs', {
      description: 'binômes de formateurs formés : les groupes animés par deux formateurs',
    }),
    trainers: t.exposeInt('trainers', {
      description: 'formateurs distincts affectés aux groupes (un formateur de deux groupes compte une fois)',
    }),
  }),
});
