import type { Rate } from '@opale/domain';
import { builder } from '../builder.js';

export const RateRef = builder.objectRef<Rate>('Rate').implement({
  description:
    'Un nombre sur un total ; le pourcentage est tronqué à deux décimales, comme le comité l’écrit.',
  fields: (t) => ({
    numerator: t.exposeInt('numerator', { description: 'le nombre compté' }),
    denominator: t.exposeInt('denominator', { description: 'le total' }),
    percent: t.exposeFloat('percent', {
      nullable: true,
      description: 'le pourcentage ; null quand le total est 0',
    }),
  }),
});
