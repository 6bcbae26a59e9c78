import { EPLE_KINDS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const EpleKindEnum = builder.enumType('EpleKind', {
  description: 'Le type d’un EPLE.',
  values: describedValues(EPLE_KINDS, {
    college: 'collège',
    lgt: 'lycée général et technologique (LGT)',
    lpo: 'lycée polyvalent (LPO)',
    lp: 'lycée professionnel (LP)',
    erea: 'établissement régional d’enseignement adapté (EREA)',
    other: 'autre établissement',
  }),
});
