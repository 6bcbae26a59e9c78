import type { WaveCounts } from '@opale/domain';
import { builder } from '../builder.js';

export const WaveCountsRef = builder.objectRef<WaveCounts>('WaveCounts').implement({
  description:
    'Les EPLE annoncés pour la vague et ceux qui y sont rattachés ; un écart est montré, pas caché.',
  fields: (t) => ({
    plannedCount: t.exposeInt('plannedCount', {
      nullable: true,
      description: 'EPLE annoncés ; null quand le calendrier ne le dit pas',
    }),
    attachedCount: t.exposeInt('attachedCount', {
      description: 'EPLE rattachés à la vague dans les enregistrements',
    }),
    mismatch: t.exposeBoolean('mismatch', { description: 'vrai quand les deux nombres diffèrent' }),
    difference: t.exposeInt('difference', {
      nullable: true,
      description: 'rattachés moins annoncés ; null sans nombre annoncé',
    }),
  }),
});
