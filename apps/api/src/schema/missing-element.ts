import type { MissingElement } from '@opale/domain';
import { builder } from '../builder.js';

export const MissingRef = builder.objectRef<MissingElement>('MissingElement').implement({
  description:
    'An element the slides ask for that the ticket lacks, with a message the user can act on (French).',
  fields: (t) => ({
    element: t.exposeString('element'),
    severity: t.exposeString('severity'),
    message: t.exposeString('message'),
  }),
});
