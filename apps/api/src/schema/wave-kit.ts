import { type IsoDate, KIT_BUCKETS, type WaveKit } from '@opale/domain';
import { builder } from '../builder.js';
import { EpleFigureRef } from './eple-figure.js';
import { KitBucketsRef } from './kit-buckets.js';

export const WaveKitRef = builder.objectRef<WaveKit & { readonly asOf: IsoDate }>('WaveKit').implement({
  description: 'L’avancement du kit de bascule des EPLE d’une vague, au jour demandé.',
  fields: (t) => ({
    eple: t.exposeInt('eple', { description: 'EPLE de la vague' }),
    actions: t.exposeInt('actions', { description: 'actions du kit par EPLE' }),
    buckets: t.field({
      type: KitBucketsRef,
      description: 'EPLE par tranche d’avancement',
      resolve: (k) => k.buckets,
    }),
    figures: t.field({
      type: [EpleFigureRef],
      description: 'chaque tranche, de la moins à la plus avancée, avec les EPLE qu’elle compte au même jour',
      resolve: (k) =>
        KIT_BUCKETS.map((kitBucket) => ({
          asOf: k.asOf,
          figure: k.buckets[kitBucket],
          filter: { waveId: k.waveId, kitBucket },
        })),
    }),
  }),
});
