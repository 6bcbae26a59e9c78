import { type EpleBudget, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap } from '../results.js';

export const EpleBudgetRef = builder.objectRef<EpleBudget>('EpleBudget').implement({
  description:
    'The budget of the year of the EPLE’s bascule, and the day it became exécutoire, as of the day asked.',
  fields: (t) => ({
    exercise: t.exposeInt('exercise'),
    executoireOn: t.expose('executoireOn', { type: 'Date', nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  recordBudgetExecutoire: t.field({
    type: 'Date',
    description: 'Records the day a budget became exécutoire in op@le (SI2C, admin).',
    authScopes: { role: PERMISSIONS.recordBudgetExecutoire },
    errors: { types: [InvalidInput] },
    args: {
      uai: t.arg.string({ required: true }),
      exercise: t.arg.int({ required: true }),
      on: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (_root, args, ctx) =>
      unwrap(
        await ctx.store.writes.recordBudgetExecutoire(
          { uai: args.uai, exercise: args.exercise, executoireOn: args.on },
          actorOf(ctx.caller as Caller),
        ),
      ).executoireOn,
  }),
}));
