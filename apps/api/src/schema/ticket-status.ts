import { TICKET_STATUSES } from '@opale/domain';
import { builder } from '../builder.js';

export const TicketStatusEnum = builder.enumType('TicketStatus', { values: TICKET_STATUSES });
