import { type AgenceComptable, agencesComptables, type Eple, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { EpleRef } from './eple.js';

const AgenceRef = builder.objectRef<AgenceComptable>('AgenceComptable').implement({
  description: 'Une agence comptable : son EPLE siège et les EPLE rattachés dont elle tient la comptabilité.',
  fields: (t) => ({
    siegeUai: t.exposeString('siegeUai', { description: 'l’UAI de l’EPLE siège de l’agence' }),
    siege: t.field({
      type: EpleRef,
      nullable: true,
      description: 'l’EPLE siège ; null s’il n’est pas parmi les EPLE de l’académie',
      resolve: (a) => a.siege,
    }),
    rattaches: t.field({
      type: [EpleRef],
      description: 'les autres EPLE dont elle tient la comptabilité (rattachés), par UAI',
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
      'Les agences comptables, par UAI de leur siège ; celles dont le siège est de la vague `wave` quand elle est donnée.',
    authScopes: { role: PERMISSIONS.readReport },
    args: {
      wave: t.arg.string({
        required: false,
        description: 'une vague (ex. V6) : les agences dont le siège en est',
      }),
    },
    resolve: async (_root, args, ctx) =>
      agencesComptables((await ctx.dataset()).eple).filter(
        (a) => !args.wave || a.siege?.waveId === args.wave,
      ),
  }),
}));
