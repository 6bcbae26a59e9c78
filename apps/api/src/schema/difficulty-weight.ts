import type { DifficultySignal } from '@opale/domain';
import { builder } from '../builder.js';

/** One signal of a difficulty rule with its weight and what fires it. */
export interface DifficultyWeight {
  readonly signal: DifficultySignal;
  readonly weight: number;
  readonly label: string;
}

export const DifficultyWeightRef = builder.objectRef<DifficultyWeight>('DifficultyWeight').implement({
  description: 'Un signal de la règle de difficulté, son poids dans le score et ce qui le déclenche.',
  fields: (t) => ({
    signal: t.exposeString('signal', {
      description:
        'le signal : kit-below-10, kit-10-to-30, budget-not-executoire, open-tickets, stale-tickets ou restitution-alerts',
    }),
    weight: t.exposeFloat('weight', { description: 'ce qu’il ajoute au score ; 0 : il ne compte pas' }),
    label: t.exposeString('label', {
      description: 'ce qui le déclenche, en français, avec les seuils de la règle (ex. « kit < 10 % »)',
    }),
  }),
});

export const DifficultyWeightInput = builder.inputType('DifficultyWeightInput', {
  description: 'Le poids d’un signal dans une nouvelle règle de difficulté.',
  fields: (t) => ({
    signal: t.string({
      required: true,
      description:
        'le signal : kit-below-10, kit-10-to-30, budget-not-executoire, open-tickets, stale-tickets ou restitution-alerts',
    }),
    weight: t.float({
      required: true,
      description: 'ce qu’il ajoute au score (0 ou plus ; 0 : il ne compte pas)',
    }),
  }),
});
