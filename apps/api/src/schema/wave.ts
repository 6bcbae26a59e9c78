import type { WaveFigures } from '@opale/domain';
import { builder } from '../builder.js';
import { todayInParis } from '../today.js';
import { MilestoneRef, WaveBudgetRef, WaveCountsRef, WaveKitRef } from './figures.js';

export const WaveFiguresRef = builder.objectRef<WaveFigures>('WaveFigures').implement({
  description: 'Every figure of one wave as of the date asked.',
  fields: (t) => ({
    id: t.exposeString('id'),
    number: t.exposeInt('number'),
    switchDate: t.expose('switchDate', { type: 'Date' }),
    switched: t.exposeBoolean('switched'),
    budgetMode: t.exposeString('budgetMode'),
    counts: t.field({ type: WaveCountsRef, resolve: (w) => w.counts }),
    milestones: t.field({ type: [MilestoneRef], resolve: (w) => [...w.milestones] }),
    lateMilestones: t.field({
      type: [MilestoneRef],
      resolve: (w) => w.milestones.filter((m) => m.state === 'late'),
    }),
    budget: t.field({ type: WaveBudgetRef, resolve: (w) => w.budget }),
    kit: t.field({ type: WaveKitRef, resolve: (w) => w.kit }),
  }),
});

builder.queryFields((t) => ({
  waves: t.field({
    type: [WaveFiguresRef],
    description:
      'Every wave as of a day (today when left out): planned and attached EPLE, milestones, budgets and kit.',
    authScopes: { signedIn: true },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (_root, args, ctx) => [...(await ctx.report(args.asOf ?? todayInParis())).waves],
  }),
}));
