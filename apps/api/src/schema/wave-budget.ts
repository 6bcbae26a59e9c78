import { BUDGET_STANDINGS, type IsoDate, type WaveBudget } from '@opale/domain';
import { builder } from '../builder.js';
import { canReadEple } from '../caller.js';
import { EpleFigureRef } from './eple-figure.js';
import { RateRef } from './rate.js';

export const WaveBudgetRef = builder
  .objectRef<WaveBudget & { readonly asOf: IsoDate }>('WaveBudget')
  .implement({
    description: 'Les budgets exécutoires des EPLE d’une vague pour l’année de sa bascule, au jour demandé.',
    fields: (t) => ({
      exercise: t.exposeInt('exercise', { description: 'l’exercice budgétaire : l’année de la bascule' }),
      executoire: t.exposeInt('executoire', {
        description: 'EPLE dont le budget est exécutoire au jour demandé',
      }),
      total: t.exposeInt('total', { description: 'EPLE de la vague' }),
      figures: t.field({
        type: [EpleFigureRef],
        description:
          'les EPLE au budget exécutoire puis ceux au budget pas encore exécutoire, chacun avec sa liste au même jour',
        resolve: (b) =>
          BUDGET_STANDINGS.map((budget) => ({
            asOf: b.asOf,
            figure: budget === 'executoire' ? b.executoireEple.length : b.pending.length,
            filter: { waveId: b.waveId, budget },
          })),
      }),
      rate: t.field({
        type: RateRef,
        description: 'budgets exécutoires sur les EPLE de la vague',
        resolve: (b) => b.rate,
      }),
      pending: t.stringList({
        description:
          'les UAI des EPLE dont le budget n’est pas encore exécutoire (un établissement : parmi les siens seulement)',
        resolve: (b, _args, ctx) => b.pending.filter((uai) => canReadEple(ctx.caller, uai)),
      }),
    }),
  });
