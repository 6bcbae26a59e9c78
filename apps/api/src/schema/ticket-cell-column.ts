import { builder } from '../builder.js';
import { TICKET_CELL_COLUMNS } from '../ticket-cells.js';
import { describedValues } from './enum-values.js';

export const TicketCellColumnEnum = builder.enumType('TicketCellColumn', {
  description: 'Une colonne du tableau des demandes du comité : toutes, ou qui les traite.',
  values: describedValues(TICKET_CELL_COLUMNS, {
    total: 'toutes les demandes de la ligne',
    national: 'celles escaladées au niveau national',
    SI2C: 'celles entre les mains du SI2C',
    DRASI: 'celles entre les mains de la DRASI',
  }),
});
