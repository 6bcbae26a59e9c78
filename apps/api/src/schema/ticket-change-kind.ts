import { TICKET_CHANGE_KINDS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const TicketChangeKindEnum = builder.enumType('TicketChangeKind', {
  description: 'Un changement de l’historique d’un ticket.',
  values: describedValues(TICKET_CHANGE_KINDS, {
    requalified: 'requalifié vers l’autre équipe de l’académie (SI2C ou DRASI)',
    escalated: 'escaladé au niveau national (C2S de Montpellier, DAF, Guérande) ou à l’intégrateur',
    returned: 'renvoyé à une équipe de l’académie par le niveau national',
    resolved: 'résolu',
    reopened: 'rouvert après avoir été résolu',
  }),
});
