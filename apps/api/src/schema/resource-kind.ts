import { RESOURCE_KINDS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const ResourceKindEnum = builder.enumType('ResourceKind', {
  description: 'Le type d’une ressource d’accompagnement ; la page Ressources les range dans cet ordre.',
  values: describedValues(RESOURCE_KINDS, {
    portal: 'un portail (le portail MF2)',
    tool: 'un outil du ministère (le kit de bascule, le bac à sable)',
    community: 'un espace documentaire ou d’échange (Tribu)',
    chat: 'un salon de messagerie instantanée (Tchap)',
    tutoring: 'le tutorat',
    expert: 'un expert à solliciter (l’expert budgétaire et financier)',
  }),
});
