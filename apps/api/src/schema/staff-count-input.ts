import { builder } from '../builder.js';

export const StaffCountInput = builder.inputType('StaffCountInput', {
  description: 'Combien de personnels de la vague former sur un parcours.',
  fields: (t) => ({
    trackId: t.string({ required: true, description: 'l’identifiant du parcours' }),
    count: t.int({ required: true, description: 'le nombre de personnels à former' }),
  }),
});
