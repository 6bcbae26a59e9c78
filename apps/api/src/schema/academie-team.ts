import { ACADEMIE_TEAMS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const AcademieTeamEnum = builder.enumType('AcademieTeam', {
  description: 'L’équipe de l’académie qui a la main sur un ticket.',
  values: describedValues(ACADEMIE_TEAMS, {
    SI2C: 'le support métier de l’académie (SI2C)',
    DRASI: 'le support technique de l’académie (DRASI)',
  }),
});
