import { PERMISSIONS, type UnfollowedDifficulty } from '@opale/domain';
import { builder } from '../builder.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { unfollowedOn } from '../unfollowed.js';
import { DifficultyRef } from './difficulty-assessment.js';
import { FollowUpRef } from './follow-up.js';

const UnfollowedRef = builder.objectRef<UnfollowedDifficulty>('UnfollowedDifficulty').implement({
  description:
    'Un EPLE signalé en difficulté au jour demandé sans aucune action d’accompagnement depuis qu’il est signalé.',
  fields: (t) => ({
    eple: t.field({
      type: DifficultyRef,
      description: 'l’EPLE, son score et les signaux qui l’expliquent',
      resolve: (u) => u.assessment,
    }),
    flaggedSince: t.expose('flaggedSince', {
      type: 'Date',
      description:
        'le premier jour de la suite ininterrompue de jours où il est signalé, jusqu’au jour demandé (chaque jour jugé par la règle en vigueur ce jour-là)',
    }),
    daysFlagged: t.exposeInt('daysFlagged', { description: 'depuis combien de jours il est signalé' }),
    lastFollowUp: t.field({
      type: FollowUpRef,
      nullable: true,
      description: 'sa dernière action d’accompagnement, d’avant ce signalement ; null s’il n’en a jamais eu',
      resolve: (u) => u.lastFollowUp,
    }),
  }),
});

builder.queryFields((t) => ({
  unfollowedDifficulties: t.connection(
    {
      type: UnfollowedRef,
      authScopes: { role: PERMISSIONS.readReport },
      description:
        'Les EPLE signalés en difficulté au jour demandé sans action d’accompagnement depuis qu’ils sont signalés, les plus anciennement signalés d’abord. 100 au plus par page.',
      args: {
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'le jour du signalement (aujourd’hui si omis)',
        }),
        wave: t.arg.string({ required: false, description: 'seulement ceux de cette vague (ex. V6)' }),
      },
      resolve: async (_root, args, ctx) => {
        pageSize(args);
        const asOf = args.asOf ?? ctx.today;
        const all = unfollowedOn(await ctx.dataset(), asOf);
        return page(args, args.wave ? all.filter((u) => u.assessment.waveId === args.wave) : all);
      },
    },
    withTotalCount('d’EPLE'),
  ),
}));
