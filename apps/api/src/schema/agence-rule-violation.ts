import type { AgenceRuleViolation } from '@opale/domain';
import { builder } from '../builder.js';

export const ViolationRef = builder.objectRef<AgenceRuleViolation>('AgenceRuleViolation').implement({
  description:
    'Un EPLE rattaché qui bascule avant son agence comptable, ou dont l’agence est inconnue : la règle veut que l’agence bascule au plus tard avec ses rattachés.',
  fields: (t) => ({
    uai: t.exposeString('uai', { description: 'l’UAI de l’EPLE rattaché' }),
    waveId: t.exposeString('waveId', { description: 'sa vague (ex. V6)' }),
    agenceUai: t.exposeString('agenceUai', { description: 'l’UAI du siège de son agence comptable' }),
    agenceWaveId: t.exposeString('agenceWaveId', {
      nullable: true,
      description: 'la vague de l’agence ; null quand l’agence n’est pas parmi les EPLE',
    }),
    kind: t.exposeString('kind', {
      description:
        'switches-before-agence (bascule avant son agence) ou unknown-agence (agence inconnue) ; une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL',
    }),
    message: t.exposeString('message', { description: 'le constat en français, qui nomme les deux vagues' }),
  }),
});
