import type { TicketTable } from '@opale/domain';
import { builder } from '../builder.js';
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
  }),
});
