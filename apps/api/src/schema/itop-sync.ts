import { PERMISSIONS } from '@opale/domain';
import type { ItopOverview } from '@opale/store';
import { builder } from '../builder.js';
import { ItopOutboxEntryRef } from './itop-outbox-entry.js';
import { ItopSyncRunRef } from './itop-sync-run.js';

type Overview = ItopOverview & { readonly connected: boolean };

export const ItopSyncRef = builder.objectRef<Overview>('ItopSync').implement({
  description: 'Les échanges d’opale avec ITOP : les dernières lectures, et les changements à y écrire.',
  fields: (t) => ({
    connected: t.exposeBoolean('connected', {
      description: 'vrai si ce serveur écrit dans ITOP et le lit (OPALE_ITOP_URL est configurée)',
    }),
    lastRun: t.field({
      type: ItopSyncRunRef,
      nullable: true,
      description: 'la dernière lecture d’ITOP ; null s’il n’y en a jamais eu',
      resolve: (o) => o.runs[0] ?? null,
    }),
    runs: t.field({
      type: [ItopSyncRunRef],
      description: 'les 20 dernières lectures, de la plus récente à la plus ancienne',
      resolve: (o) => [...o.runs],
    }),
    pending: t.int({ description: 'les changements en attente d’envoi', resolve: (o) => o.counts.pending }),
    sent: t.int({ description: 'les changements enregistrés dans ITOP', resolve: (o) => o.counts.sent }),
    failed: t.int({ description: 'les changements en échec', resolve: (o) => o.counts.failed }),
    outbox: t.field({
      type: [ItopOutboxEntryRef],
      description: 'les 20 derniers changements pas encore envoyés, puis les 20 derniers envoyés',
      resolve: (o) => [...o.outbox],
    }),
  }),
});

builder.queryField('itopSync', (t) =>
  t.field({
    type: ItopSyncRef,
    authScopes: { role: PERMISSIONS.readItopSync },
    description:
      'Les échanges avec ITOP (administrateurs) : dernières lectures, comptes, erreurs et file d’envoi.',
    resolve: async (_root, _args, ctx) => ({
      ...(await ctx.store.itop.overview()),
      connected: ctx.itop.connected,
    }),
  }),
);

builder.mutationField('retryItopOutbox', (t) =>
  t.int({
    authScopes: { role: PERMISSIONS.retryItopOutbox },
    description:
      'Remet dans la file d’envoi les changements en échec, à essayer tout de suite (administrateurs) ; répond combien.',
    resolve: async (_root, _args, ctx) => {
      const count = await ctx.store.itop.retryFailed();
      await ctx.itop.sendNow();
      return count;
    },
  }),
);
