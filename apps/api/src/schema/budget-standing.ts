import { BUDGET_STANDINGS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const BudgetStandingEnum = builder.enumType('BudgetStanding', {
  description: 'Où en est le budget d’un EPLE pour l’année de la bascule de sa vague, au jour demandé.',
  values: describedValues(BUDGET_STANDINGS, {
    executoire: 'exécutoire dans op@le',
    pending: 'pas encore exécutoire',
  }),
});
