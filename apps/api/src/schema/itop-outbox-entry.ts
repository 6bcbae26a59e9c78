import type { OutboxEntry } from '@opale/store';
import { builder } from '../builder.js';
import { ItopDeliveryStateEnum } from './itop-delivery-state.js';

export const ItopOutboxEntryRef = builder.objectRef<OutboxEntry>('ItopOutboxEntry').implement({
  description:
    'Un changement d’un ticket à écrire dans ITOP : son ouverture ou un événement de son historique.',
  fields: (t) => ({
    ticketRef: t.exposeString('ticketRef', { description: 'la référence du ticket dans opale' }),
    change: t.exposeString('change', {
      description: 'open (création de la demande), ou requalified, escalated, returned, resolved, reopened',
    }),
    state: t.expose('state', { type: ItopDeliveryStateEnum, description: 'où en est son envoi' }),
    attempts: t.exposeInt('attempts', { description: 'le nombre d’essais faits' }),
    createdAt: t.exposeString('createdAt', { description: 'quand il a été mis en attente (instant ISO)' }),
    nextAt: t.exposeString('nextAt', { description: 'le prochain essai (instant ISO), s’il est en attente' }),
    sentAt: t.exposeString('sentAt', {
      nullable: true,
      description: 'quand ITOP l’a enregistré ; null sinon',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'pourquoi le dernier essai a échoué ; null s’il a réussi',
    }),
  }),
});
