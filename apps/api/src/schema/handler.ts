import { HANDLERS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const HandlerEnum = builder.enumType('Handler', {
  description:
    'Qui traite un ticket, comme les colonnes du tableau des demandes du comité : le niveau national, ou le SI2C ou la DRASI de l’académie.',
  values: describedValues(HANDLERS, {
    national: 'escaladé au niveau national (ou à l’intégrateur)',
    SI2C: 'entre les mains du SI2C (support métier)',
    DRASI: 'entre les mains de la DRASI (support technique)',
  }),
});
