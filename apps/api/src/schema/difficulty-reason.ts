import type { DifficultyReason } from '@opale/domain';
import { builder } from '../builder.js';

export const DifficultyReasonRef = builder.objectRef<DifficultyReason>('DifficultyReason').implement({
  fields: (t) => ({
    signal: t.exposeString('signal'),
    weight: t.exposeFloat('weight'),
    value: t.exposeInt('value'),
    message: t.exposeString('message', { description: 'in French, for the committee' }),
  }),
});
