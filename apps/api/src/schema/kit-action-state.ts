import type { KitCompletion } from '@opale/domain';
import { builder } from '../builder.js';

type ActionRow = KitCompletion['actions'][number];

export const KitActionStateRef = builder.objectRef<ActionRow>('KitActionState').implement({
  fields: (t) => ({
    id: t.string({ resolve: (a) => a.action.id }),
    actor: t.string({ resolve: (a) => a.action.actor }),
    label: t.string({ resolve: (a) => a.action.label }),
    finalizedOn: t.expose('finalizedOn', { type: 'Date', nullable: true }),
  }),
});
