import { builder } from '../builder.js';

export const TicketCellRowEnum = builder.enumType('TicketCellRow', {
  description: 'A line of the committee’s ticket table',
  values: ['all', 'resolved', 'inProgress', 'inProgressOverThreshold'] as const,
});
