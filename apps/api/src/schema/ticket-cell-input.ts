import { builder } from '../builder.js';
import { TicketCellColumnEnum } from './ticket-cell-column.js';
import { TicketCellRowEnum } from './ticket-cell-row.js';

export const TicketCellInput = builder.inputType('TicketCellInput', {
  description: 'Une case du tableau des demandes du comité, au jour demandé.',
  fields: (t) => ({
    row: t.field({ type: TicketCellRowEnum, required: true, description: 'sa ligne' }),
    column: t.field({ type: TicketCellColumnEnum, required: true, description: 'sa colonne' }),
  }),
});
