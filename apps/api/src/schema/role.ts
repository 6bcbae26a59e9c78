import { ROLES } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const RoleEnum = builder.enumType('Role', {
  description: 'Le rôle d’un utilisateur d’opale, tel que son jeton le nomme.',
  values: describedValues(ROLES, {
    admin: 'les administrateurs',
    si2c: 'le support métier de l’académie (SI2C)',
    drasi: 'le support technique de l’académie (DRASI)',
    committee: 'les membres du comité de suivi (lecture seule)',
    eple: 'le personnel d’un établissement, pour ses propres établissements',
  }),
});
