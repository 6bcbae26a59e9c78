import type { ActorProgress } from '@opale/domain';
import { builder } from '../builder.js';
import { RateRef } from './rate.js';

export const ActorProgressRef = builder.objectRef<ActorProgress>('ActorProgress').implement({
  fields: (t) => ({
    actor: t.exposeString('actor'),
    finalized: t.exposeInt('finalized'),
    total: t.exposeInt('total'),
    rate: t.field({ type: RateRef, resolve: (a) => a.rate }),
  }),
});
