import { type EpleBudget, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap } from '../results.js';

export const EpleBudgetRef = builder.objectRef<EpleBudget>('EpleBudget').implement({
  description:
    'Le budget de l’année de bascule de l’EPLE et le jour où il est devenu exécutoire, au jour demandé.',
  fields: (t) => ({
    exercise: t.exposeInt('exercise', { description: 'l’exercice budgétaire : l’année de la bascule' }),
    executoireOn: t.expose('executoireOn', {
      type: 'Date',
      nullable: true,
      description:
        'le jour où le budget est devenu exécutoire dans op@le ; null s’il ne l’est pas au jour demandé',
    }),
  }),
});

builder.mutationFields((t) => ({
  recordBudgetExecutoire: t.field({
    type: 'Date',
    description:
      'Enregistre le jour où un budget est devenu exécutoire dans op@le (SI2C, administrateurs) ; répond ce jour.',
    authScopes: { role: PERMISSIONS.recordBudgetExecutoire },
    errors: {
      types: [InvalidInput],
      union: {
        description:
          'Ce que répond l’enregistrement d’un budget exécutoire : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'L’enregistrement d’un budget exécutoire a réussi.' },
      dataField: { description: 'ce qui a été écrit' },
    },
    args: {
      uai: t.arg.string({ required: true, description: 'l’UAI de l’EPLE' }),
      exercise: t.arg.int({ required: true, description: 'l’exercice budgétaire (ex. 2024)' }),
      on: t.arg({ type: 'Date', required: true, description: 'le jour où le budget est devenu exécutoire' }),
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
