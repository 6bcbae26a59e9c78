import { ASSISTANCE_LEVELS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const AssistanceLevelEnum = builder.enumType('AssistanceLevel', {
  description: 'Le niveau d’assistance où se trouve un ticket : l’académie, le national ou l’intégrateur.',
  values: describedValues(ASSISTANCE_LEVELS, {
    academie: 'traité par l’académie (SI2C ou DRASI)',
    national: 'escaladé au niveau national (C2S de Montpellier, DAF, Guérande)',
    integrator: 'escaladé à l’intégrateur d’op@le',
  }),
});
