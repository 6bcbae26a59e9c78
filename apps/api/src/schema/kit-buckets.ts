import type { WaveKit } from '@opale/domain';
import { builder } from '../builder.js';

export const KitBucketsRef = builder.objectRef<WaveKit['buckets']>('KitBuckets').implement({
  fields: (t) => ({
    below10: t.exposeInt('below10'),
    from10To30: t.exposeInt('from10To30', { description: 'from 10 % to 30 %, both included' }),
    above30: t.exposeInt('above30'),
  }),
});
