import { builder } from '../builder.js';

export const TicketCellColumnEnum = builder.enumType('TicketCellColumn', {
  description: 'A column of the committee’s ticket table: all, or who handles the tickets',
  values: ['total', 'national', 'SI2C', 'DRASI'] as const,
});
