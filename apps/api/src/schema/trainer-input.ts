import { builder } from '../builder.js';

export const TrainerInput = builder.inputType('TrainerInput', {
  description: 'Un formateur volontaire à enregistrer ou à modifier.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'son identifiant (ex. F21)' }),
    name: t.string({ required: true, description: 'son nom (inventé, ou une fonction)' }),
    fromWave: t.string({ required: true, description: 'la vague dont il vient (ex. V4)' }),
    trackIds: t.stringList({
      required: true,
      description: 'les identifiants des parcours qu’il peut animer, au moins un',
    }),
    unavailableWaves: t.stringList({
      required: false,
      description: 'les vagues pour lesquelles il n’est pas disponible (aucune si omis)',
    }),
  }),
});
