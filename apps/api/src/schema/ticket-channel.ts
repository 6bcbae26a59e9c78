import { TICKET_CHANNELS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const TicketChannelEnum = builder.enumType('TicketChannel', {
  description: 'Par où une demande d’assistance est arrivée ; ITOP est le point d’entrée unique.',
  values: describedValues(TICKET_CHANNELS, {
    itop: 'un ticket ITOP',
    mail: 'un courriel',
    phone: 'un appel téléphonique',
    visio: 'une visioconférence',
  }),
});
