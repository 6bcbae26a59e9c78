import { builder } from '../builder.js';

export const StaffCountInput = builder.inputType('StaffCountInput', {
  description: 'How many staff of the wave to train on a track.',
  fields: (t) => ({
    trackId: t.string({ required: true }),
    count: t.int({ required: true }),
  }),
});
