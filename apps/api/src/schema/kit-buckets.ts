import type { WaveKit } from '@opale/domain';
import { builder } from '../builder.js';

export const KitBucketsRef = builder.objectRef<WaveKit['buckets']>('KitBuckets').implement({
  description:
    'Les EPLE d’une vague par tranche d’avancement du kit de bascule (actions finalisées sur le total), au jour demandé.',
  fields: (t) => ({
    below10: t.exposeInt('below10', { description: 'EPLE à moins de 10 %' }),
    from10To30: t.exposeInt('from10To30', { description: 'EPLE de 10 à 30 %, bornes comprises' }),
    above30: t.exposeInt('above30', { description: 'EPLE à plus de 30 %' }),
  }),
});
