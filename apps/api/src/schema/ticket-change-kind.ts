import { TICKET_CHANGE_KINDS } from '@opale/domain';
import { builder } from '../builder.js';

export const TicketChangeKindEnum = builder.enumType('TicketChangeKind', { values: TICKET_CHANGE_KINDS });
