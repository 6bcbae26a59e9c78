import { builder } from '../builder.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { FIGURE_OF, type TicketCell, ticketsOfCell } from '../ticket-cells.js';
import { TicketRef } from './ticket.js';
import { TicketCellColumnEnum } from './ticket-cell-column.js';
import { TicketCellRowEnum } from './ticket-cell-row.js';

export const TicketCellRef = builder.objectRef<TicketCell>('TicketCell').implement({
  description:
    'Un chiffre du tableau des demandes du comité et les tickets qu’il compte, au même jour : `figure` vaut toujours `tickets.totalCount`.',
  fields: (t) => ({
    row: t.field({ type: TicketCellRowEnum, description: 'sa ligne', resolve: (c) => c.row }),
    column: t.field({ type: TicketCellColumnEnum, description: 'sa colonne', resolve: (c) => c.column }),
    figure: t.int({
      description: 'le chiffre du tableau',
      resolve: (c) => c.table[c.row][FIGURE_OF[c.column]],
    }),
    tickets: t.connection(
      {
        type: TicketRef,
        description:
          'les tickets que le chiffre compte, du plus récent au plus ancien (un établissement : les siens seulement)',
        resolve: async (cell, args, ctx) => {
          pageSize(args);
          return page(args, await ticketsOfCell(ctx, cell));
        },
      },
      withTotalCount('de tickets'),
    ),
  }),
});
