import { EPLE_ORDERS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const EpleOrderEnum = builder.enumType('EpleOrder', {
  description: 'L’ordre d’une liste d’EPLE, au jour demandé.',
  values: describedValues(EPLE_ORDERS, {
    uai: 'par UAI',
    name: 'par nom',
    difficulty: 'par score de difficulté, le plus élevé d’abord',
    kit: 'par avancement du kit de bascule, le moins avancé d’abord',
  }),
});
