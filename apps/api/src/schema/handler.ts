import { HANDLERS } from '@opale/domain';
import { builder } from '../builder.js';

export const HandlerEnum = builder.enumType('Handler', {
  description: 'Who handles a ticket: the national level, or the académie’s SI2C or DRASI',
  values: HANDLERS,
});
