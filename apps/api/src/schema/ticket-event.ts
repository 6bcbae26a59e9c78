import type { TicketEvent } from '@opale/domain';
import { builder } from '../builder.js';
import { TicketChangeKindEnum } from './ticket-change-kind.js';

export const TicketEventRef = builder.objectRef<TicketEvent>('TicketEvent').implement({
  description: 'Un changement de l’historique d’un ticket.',
  fields: (t) => ({
    kind: t.expose('kind', { type: TicketChangeKindEnum, description: 'le changement' }),
    on: t.expose('on', { type: 'Date', description: 'le jour du changement' }),
    to: t.string({
      nullable: true,
      description:
        'vers qui : SI2C ou DRASI (requalifié, renvoyé), c2s-montpellier, daf, guerande ou integrator (escaladé) ; null pour résolu et rouvert',
      resolve: (e) => ('to' in e ? e.to : null),
    }),
    by: t.string({
      nullable: true,
      description: 'qui l’a fait ; null pour les enregistrements importés',
      resolve: (e) => e.by ?? null,
    }),
  }),
});
