import { builder } from '../builder.js';
import { page, pageSize } from '../pages.js';
import { FIGURE_OF, type TicketCell, ticketsOfCell } from '../ticket-cells.js';
import { TicketRef } from './ticket.js';
import { TicketCellColumnEnum } from './ticket-cell-column.js';
import { TicketCellRowEnum } from './ticket-cell-row.js';

export const TicketCellRef = builder.objectRef<TicketCell>('TicketCell').implement({
  description:
    'One figure of the committee’s ticket table and the tickets it counts, as of the same day: `figure` is always `tickets.totalCount`.',
  fields: (t) => ({
    row: t.field({ type: TicketCellRowEnum, resolve: (c) => c.row }),
    column: t.field({ type: TicketCellColumnEnum, resolve: (c) => c.column }),
    figure: t.int({
      description: 'the figure of the table',
      resolve: (c) => c.table[c.row][FIGURE_OF[c.column]],
    }),
    tickets: t.connection(
      {
        type: TicketRef,
        description: 'the tickets the figure counts, newest first (a school user: their own only)',
        resolve: async (cell, args, ctx) => {
          pageSize(args);
          return page(args, await ticketsOfCell(ctx, cell));
        },
      },
      {
        fields: (f) => ({
          totalCount: f.int({
            description: 'how many tickets the figure counts, across the pages',
            resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
    ),
  }),
});
