import type { DifficultyAssessment } from '@opale/domain';
import { builder } from '../builder.js';
import { DifficultyReasonRef } from './difficulty-reason.js';
import { FollowUpRef } from './follow-up.js';

export const DifficultyRef = builder.objectRef<DifficultyAssessment>('DifficultyAssessment').implement({
  description:
    'Un EPLE repéré en difficulté au jour demandé : son score, les signaux qui l’expliquent et les actions d’accompagnement.',
  fields: (t) => ({
    uai: t.exposeString('uai', { description: 'l’UAI de l’EPLE' }),
    name: t.exposeString('name', { description: 'son nom' }),
    commune: t.exposeString('commune', { description: 'sa commune' }),
    waveId: t.exposeString('waveId', { description: 'sa vague (ex. V6)' }),
    score: t.exposeFloat('score', {
      description: 'la somme des poids de ses signaux : plus il est élevé, plus l’EPLE est en difficulté',
    }),
    reasons: t.field({
      type: [DifficultyReasonRef],
      description: 'les signaux relevés au jour demandé, chacun avec son poids',
      resolve: (d) => [...d.reasons],
    }),
    followUps: t.field({
      type: [FollowUpRef],
      description: 'les actions d’accompagnement enregistrées jusqu’au jour demandé',
      resolve: (d) => [...d.followUps],
    }),
  }),
});
