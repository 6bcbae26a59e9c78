import type { TicketTable } from '@opale/domain';
import { builder } from '../builder.js';
import { cellsOf } from '../ticket-cells.js';
import { TicketCellRef } from './ticket-cell.js';
import { TicketRowRef } from './ticket-row.js';

export const TicketTableRef = builder.objectRef<TicketTable>('TicketTable').implement({
  description:
    "The committee's table of ITOP requests opened from `from` to `asOf`, by who handles them as of `asOf`.",
  fields: (t) => ({
    from: t.expose('from', { type: 'Date' }),
    asOf: t.expose('asOf', { type: 'Date' }),
    staleAfterDays: t.exposeInt('staleAfterDays'),
    all: t.field({ type: TicketRowRef, resolve: (x) => x.all }),
    resolved: t.field({ type: TicketRowRef, resolve: (x) => x.resolved }),
    inProgress: t.field({ type: TicketRowRef, resolve: (x) => x.inProgress }),
    inProgressOverThreshold: t.field({ type: TicketRowRef, resolve: (x) => x.inProgressOverThreshold }),
    cells: t.field({
      type: [TicketCellRef],
      description: 'every figure of the table, line by line, each with the tickets it counts',
      resolve: (x) => cellsOf(x),
    }),
  }),
});
