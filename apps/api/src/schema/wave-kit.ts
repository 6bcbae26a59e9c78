import type { WaveKit } from '@opale/domain';
import { builder } from '../builder.js';
import { KitBucketsRef } from './kit-buckets.js';

export const WaveKitRef = builder.objectRef<WaveKit>('WaveKit').implement({
  description: 'L’avancement du kit de bascule des EPLE d’une vague, au jour demandé.',
  fields: (t) => ({
    eple: t.exposeInt('eple', { description: 'EPLE de la vague' }),
    actions: t.exposeInt('actions', { description: 'actions du kit par EPLE' }),
    buckets: t.field({
      type: KitBucketsRef,
      description: 'EPLE par tranche d’avancement',
      resolve: (k) => k.buckets,
    }),
  }),
});
