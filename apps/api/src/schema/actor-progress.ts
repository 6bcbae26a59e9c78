import type { ActorProgress } from '@opale/domain';
import { builder } from '../builder.js';
import { RateRef } from './rate.js';

export const ActorProgressRef = builder.objectRef<ActorProgress>('ActorProgress').implement({
  description: 'L’avancement du kit de bascule d’un EPLE pour un acteur, au jour demandé.',
  fields: (t) => ({
    actor: t.exposeString('actor', {
      description:
        'l’acteur : chef-etablissement, agent-comptable, fonde-de-pouvoir ou adsi (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    finalized: t.exposeInt('finalized', { description: 'ses actions finalisées au jour demandé' }),
    total: t.exposeInt('total', { description: 'ses actions dans le kit' }),
    rate: t.field({
      type: RateRef,
      description: 'actions finalisées sur ses actions',
      resolve: (a) => a.rate,
    }),
  }),
});
