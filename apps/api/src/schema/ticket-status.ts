import { TICKET_STATUSES } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const TicketStatusEnum = builder.enumType('TicketStatus', {
  description: 'L’état d’un ticket au jour demandé.',
  values: describedValues(TICKET_STATUSES, {
    open: 'en cours : ni résolu, ou rouvert depuis',
    resolved: 'résolu à ce jour',
  }),
});
