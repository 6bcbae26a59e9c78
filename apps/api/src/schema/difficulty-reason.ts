import type { DifficultyReason } from '@opale/domain';
import { builder } from '../builder.js';

export const DifficultyReasonRef = builder.objectRef<DifficultyReason>('DifficultyReason').implement({
  description: 'Un signal de difficulté d’un EPLE, avec la valeur mesurée et son poids dans le score.',
  fields: (t) => ({
    signal: t.exposeString('signal', {
      description:
        'le signal : kit-below-10, kit-10-to-30, budget-not-executoire, open-tickets, stale-tickets ou restitution-alerts (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    weight: t.exposeFloat('weight', { description: 'son poids dans le score' }),
    value: t.exposeInt('value', {
      description: 'la valeur mesurée : actions finalisées, jours, tickets ou alertes selon le signal',
    }),
    message: t.exposeString('message', { description: 'le constat en français, pour le comité' }),
  }),
});
