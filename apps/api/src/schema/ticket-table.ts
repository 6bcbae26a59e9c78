import type { TicketTable } from '@opale/domain';
import { builder } from '../builder.js';
import { cellsOf } from '../ticket-cells.js';
import { TicketCellRef } from './ticket-cell.js';
import { TicketRowRef } from './ticket-row.js';

export const TicketTableRef = builder.objectRef<TicketTable>('TicketTable').implement({
  description:
    'Le tableau des demandes ITOP du comité, ouvertes du `from` au `asOf`, par qui les traite au `asOf`.',
  fields: (t) => ({
    from: t.expose('from', {
      type: 'Date',
      description: 'le début de l’année scolaire : le premier jour compté',
    }),
    asOf: t.expose('asOf', { type: 'Date', description: 'le jour des chiffres' }),
    staleAfterDays: t.exposeInt('staleAfterDays', {
      description: 'le seuil en jours au-delà duquel une demande en cours est comptée (15)',
    }),
    all: t.field({ type: TicketRowRef, description: 'demandes ITOP', resolve: (x) => x.all }),
    resolved: t.field({ type: TicketRowRef, description: 'dont résolues', resolve: (x) => x.resolved }),
    inProgress: t.field({ type: TicketRowRef, description: 'dont en cours', resolve: (x) => x.inProgress }),
    inProgressOverThreshold: t.field({
      type: TicketRowRef,
      description: 'dont en cours depuis plus de 15 jours',
      resolve: (x) => x.inProgressOverThreshold,
    }),
    cells: t.field({
      type: [TicketCellRef],
      description: 'chaque chiffre du tableau, ligne par ligne, avec les tickets qu’il compte',
      resolve: (x) => cellsOf(x),
    }),
  }),
});
