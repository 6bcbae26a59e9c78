import type { TicketRow } from '@opale/domain';
import { builder } from '../builder.js';

export const TicketRowRef = builder.objectRef<TicketRow>('TicketRow').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    national: t.exposeInt('national', { description: 'escalated to the national level' }),
    si2c: t.exposeInt('si2c'),
    drasi: t.exposeInt('drasi'),
  }),
});
