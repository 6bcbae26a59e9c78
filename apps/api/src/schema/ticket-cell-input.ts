import { builder } from '../builder.js';
import { TicketCellColumnEnum } from './ticket-cell-column.js';
import { TicketCellRowEnum } from './ticket-cell-row.js';

export const TicketCellInput = builder.inputType('TicketCellInput', {
  description: 'One cell of the committee’s ticket table, as of the day asked',
  fields: (t) => ({
    row: t.field({ type: TicketCellRowEnum, required: true }),
    column: t.field({ type: TicketCellColumnEnum, required: true }),
  }),
});
