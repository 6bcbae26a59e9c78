import type { MissingElement } from '@opale/domain';
import { builder } from '../builder.js';

export const MissingRef = builder.objectRef<MissingElement>('MissingElement').implement({
  description:
    'Un élément que le comité demande dans un ticket et qui lui manque, avec un message pour le compléter.',
  fields: (t) => ({
    element: t.exposeString('element', {
      description:
        'l’élément : service, prefix, title, lastName, firstName, function, eple, environment, sphere, operations…',
    }),
    severity: t.exposeString('severity', { description: 'required (exigé) ou recommended (recommandé)' }),
    message: t.exposeString('message', { description: 'ce qui manque et comment le compléter, en français' }),
  }),
});
