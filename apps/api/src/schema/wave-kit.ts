import type { WaveKit } from '@opale/domain';
import { builder } from '../builder.js';
import { KitBucketsRef } from './kit-buckets.js';

export const WaveKitRef = builder.objectRef<WaveKit>('WaveKit').implement({
  fields: (t) => ({
    eple: t.exposeInt('eple'),
    actions: t.exposeInt('actions'),
    buckets: t.field({ type: KitBucketsRef, resolve: (k) => k.buckets }),
  }),
});
