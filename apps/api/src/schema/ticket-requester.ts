import type { Requester } from '@opale/domain';
import { builder } from '../builder.js';

export const TicketRequesterRef = builder.objectRef<Requester>('TicketRequester').implement({
  description: 'L’utilisateur connecté à op@le dont parle un ticket, comme le comité demande de le décrire.',
  fields: (t) => ({
    lastName: t.string({
      nullable: true,
      description: 'son nom ; null s’il n’est pas renseigné',
      resolve: (r) => r.lastName ?? null,
    }),
    firstName: t.string({
      nullable: true,
      description: 'son prénom ; null s’il n’est pas renseigné',
      resolve: (r) => r.firstName ?? null,
    }),
    function: t.string({
      nullable: true,
      description: 'sa fonction dans l’EPLE (ex. gestionnaire) ; null si elle n’est pas renseignée',
      resolve: (r) => r.function ?? null,
    }),
  }),
});
