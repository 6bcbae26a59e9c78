import type { WaveBudget } from '@opale/domain';
import { builder } from '../builder.js';
import { canReadEple } from '../caller.js';
import { RateRef } from './rate.js';

export const WaveBudgetRef = builder.objectRef<WaveBudget>('WaveBudget').implement({
  description: 'Budgets exécutoires of the wave for the year of its bascule.',
  fields: (t) => ({
    exercise: t.exposeInt('exercise'),
    executoire: t.exposeInt('executoire'),
    total: t.exposeInt('total'),
    rate: t.field({ type: RateRef, resolve: (b) => b.rate }),
    pending: t.stringList({
      description: 'UAI of the EPLE not yet exécutoire (a school user: among their schools only)',
      resolve: (b, _args, ctx) => b.pending.filter((uai) => canReadEple(ctx.caller, uai)),
    }),
  }),
});
