import type { TicketRow } from '@opale/domain';
import { builder } from '../builder.js';

export const TicketRowRef = builder.objectRef<TicketRow>('TicketRow').implement({
  description: 'Une ligne du tableau des demandes du comité : le total et qui les traite au jour demandé.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'toutes les demandes de la ligne' }),
    national: t.exposeInt('national', { description: 'escaladées au niveau national' }),
    si2c: t.exposeInt('si2c', { description: 'entre les mains du SI2C' }),
    drasi: t.exposeInt('drasi', { description: 'entre les mains de la DRASI' }),
  }),
});
