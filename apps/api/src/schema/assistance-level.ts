import { ASSISTANCE_LEVELS } from '@opale/domain';
import { builder } from '../builder.js';

export const AssistanceLevelEnum = builder.enumType('AssistanceLevel', { values: ASSISTANCE_LEVELS });
