import { FOLLOW_UP_KINDS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const FollowUpKindEnum = builder.enumType('FollowUpKind', {
  description: 'Une action d’accompagnement d’un EPLE en difficulté.',
  values: describedValues(FOLLOW_UP_KINDS, {
    visio: 'une visioconférence',
    tutoring: 'un tutorat',
    call: 'un appel',
    visit: 'une visite sur place',
    training: 'une formation',
  }),
});
