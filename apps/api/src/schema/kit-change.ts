import { KIT_CHANGES } from '@opale/domain';
import { builder } from '../builder.js';

export const KitChangeEnum = builder.enumType('KitChange', { values: KIT_CHANGES });
