import { ACADEMIE_TEAMS } from '@opale/domain';
import { builder } from '../builder.js';

export const AcademieTeamEnum = builder.enumType('AcademieTeam', {
  description: 'The académie team in charge of a ticket',
  values: ACADEMIE_TEAMS,
});
