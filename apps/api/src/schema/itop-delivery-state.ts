import { OUTBOX_STATES } from '@opale/store';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const ItopDeliveryStateEnum = builder.enumType('ItopDeliveryState', {
  description: 'Où en est l’envoi à ITOP d’un ticket ou d’un de ses changements.',
  values: describedValues(OUTBOX_STATES, {
    pending: 'en attente d’envoi : ITOP n’a pas encore confirmé, opale réessaie',
    sent: 'envoyé : ITOP l’a enregistré',
    failed: 'en échec : abandonné après trop d’essais, à reprendre par un administrateur',
  }),
});
