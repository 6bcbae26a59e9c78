import type { KitCompletion } from '@opale/domain';
import { builder } from '../builder.js';

type ActionRow = KitCompletion['actions'][number];

export const KitActionStateRef = builder.objectRef<ActionRow>('KitActionState').implement({
  description: 'Une action du kit de bascule d’un EPLE et le jour où elle a été finalisée, au jour demandé.',
  fields: (t) => ({
    id: t.string({ description: 'l’identifiant de l’action dans le kit', resolve: (a) => a.action.id }),
    actor: t.string({
      description:
        'l’acteur qui la mène : chef-etablissement, agent-comptable, fonde-de-pouvoir ou adsi (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
      resolve: (a) => a.action.actor,
    }),
    label: t.string({ description: 'l’action, comme le kit la nomme', resolve: (a) => a.action.label }),
    finalizedOn: t.expose('finalizedOn', {
      type: 'Date',
      nullable: true,
      description: 'le jour où elle a été finalisée ; null si elle ne l’est pas au jour demandé',
    }),
  }),
});
