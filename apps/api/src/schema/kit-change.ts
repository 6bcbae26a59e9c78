import { KIT_CHANGES } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const KitChangeEnum = builder.enumType('KitChange', {
  description: 'Ce que l’on enregistre pour une action du kit de bascule.',
  values: describedValues(KIT_CHANGES, {
    finalized: 'l’action est finalisée ce jour-là',
    undone: 'l’action finalisée est annulée ce jour-là (elle redevient à faire)',
  }),
});
