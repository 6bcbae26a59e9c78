import { type AgenceComptable, agencesComptables, type Eple, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { EpleRef } from './eple.js';

const AgenceRef = builder.objectRef<AgenceComptable>('AgenceComptable').implement({
  description: 'An agence comptable: its siège and the EPLE whose books it keeps.',
  fields: (t) => ({
    siegeUai: t.exposeString('siegeUai'),
    siege: t.field({
      type: EpleRef,
      nullable: true,
      description: 'null when the siège is not among the académie’s EPLE',
      resolve: (a) => a.siege,
    }),
    rattaches: t.field({
      type: [EpleRef],
      description: 'the other EPLE whose books it keeps, by UAI',
      resolve: async (a, _args, ctx) =>
        (await ctx.loaders.eple.loadMany(a.rattaches)).filter(
          (e): e is Eple => e !== null && !(e instanceof Error),
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  agences: t.field({
    type: [AgenceRef],
    description:
      'The agences comptables, by the UAI of their siège; of one wave’s sièges when `wave` is given.',
    authScopes: { role: PERMISSIONS.readReport },
    args: { wave: t.arg.string({ required: false }) },
    resolve: async (_root, args, ctx) =>
      agencesComptables((await ctx.dataset()).eple).filter(
        (a) => !args.wave || a.siege?.waveId === args.wave,
      ),
  }),
}));
