import { builder } from '../builder.js';
import { TICKET_CELL_ROWS } from '../ticket-cells.js';
import { describedValues } from './enum-values.js';

export const TicketCellRowEnum = builder.enumType('TicketCellRow', {
  description: 'Une ligne du tableau des demandes du comité.',
  values: describedValues(TICKET_CELL_ROWS, {
    all: 'demandes ITOP ouvertes depuis le début de l’année scolaire',
    resolved: 'dont résolues au jour demandé',
    inProgress: 'dont en cours au jour demandé',
    inProgressOverThreshold: 'dont en cours depuis plus de 15 jours au jour demandé',
  }),
});
