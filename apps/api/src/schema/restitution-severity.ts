import { RESTITUTION_SEVERITIES } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const RestitutionSeverityEnum = builder.enumType('RestitutionSeverity', {
  description: 'La gravité d’une alerte des restitutions op@le.',
  values: describedValues(RESTITUTION_SEVERITIES, {
    warning: 'un avertissement',
    critical: 'une alerte critique',
  }),
});
