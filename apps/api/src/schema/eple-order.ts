import { EPLE_ORDERS } from '@opale/domain';
import { builder } from '../builder.js';

export const EpleOrderEnum = builder.enumType('EpleOrder', {
  description: 'uai; name; difficulty, highest score first; kit, least advanced first (as of the day asked)',
  values: EPLE_ORDERS,
});
