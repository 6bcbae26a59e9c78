import { builder } from '../builder.js';
import { type EpleFigure, eplesOf } from '../eple-figures.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { BudgetStandingEnum } from './budget-standing.js';
import { EpleRef } from './eple.js';
import { KitBucketEnum } from './kit-bucket.js';

export const EpleFigureRef = builder.objectRef<EpleFigure>('EpleFigure').implement({
  description:
    'Un chiffre du rapport qui compte des EPLE, et les EPLE qu’il compte, au même jour : `figure` vaut toujours `eples.totalCount` (pour un établissement, la liste ne garde que les siens). Les mêmes filtres passés à `eples` donnent la même liste.',
  fields: (t) => ({
    figure: t.exposeInt('figure', { description: 'le chiffre du rapport' }),
    asOf: t.expose('asOf', { type: 'Date', description: 'le jour du chiffre et de sa liste' }),
    wave: t.string({
      nullable: true,
      description: 'la vague des EPLE comptés ; null : toute l’académie',
      resolve: (f) => f.filter.waveId ?? null,
    }),
    kitBucket: t.field({
      type: KitBucketEnum,
      nullable: true,
      description: 'la tranche d’avancement du kit des EPLE comptés ; null : toutes',
      resolve: (f) => f.filter.kitBucket ?? null,
    }),
    budget: t.field({
      type: BudgetStandingEnum,
      nullable: true,
      description: 'où en est le budget des EPLE comptés ; null : peu importe',
      resolve: (f) => f.filter.budget ?? null,
    }),
    inDifficulty: t.boolean({
      nullable: true,
      description: 'vrai : seulement les EPLE repérés en difficulté ; null : peu importe',
      resolve: (f) => f.filter.inDifficulty ?? null,
    }),
    eples: t.connection(
      {
        type: EpleRef,
        description: 'les EPLE que le chiffre compte, par UAI',
        resolve: async (f, args, ctx) => {
          pageSize(args);
          return page(args, await eplesOf(ctx, f.filter, f.asOf));
        },
      },
      withTotalCount('d’EPLE'),
    ),
  }),
});
