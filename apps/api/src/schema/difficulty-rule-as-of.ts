import { type DifficultySetting, difficultySettingOn, type IsoDate, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { DifficultyRuleRef, ruleOf } from './difficulty-rule.js';

/** The rule in force on a day and the whole history. */
interface DifficultyRuleAsOf {
  readonly asOf: IsoDate;
  readonly history: readonly DifficultySetting[];
}

const DifficultyRuleAsOfRef = builder.objectRef<DifficultyRuleAsOf>('DifficultyRuleAsOf').implement({
  description: 'La règle de difficulté en vigueur un jour donné, et toutes les règles enregistrées.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date', description: 'le jour demandé' }),
    inForce: t.field({
      type: DifficultyRuleRef,
      description:
        'la règle en vigueur ce jour-là : la dernière entrée en vigueur ce jour ou avant, ou la règle par défaut',
      resolve: (r) => ruleOf(difficultySettingOn(r.history, r.asOf).setting),
    }),
    history: t.field({
      type: [DifficultyRuleRef],
      description:
        'toutes les règles enregistrées, de la plus ancienne à la plus récente (par jour d’entrée en vigueur), celles à venir comprises',
      resolve: (r) => r.history.map(ruleOf),
    }),
  }),
});

builder.queryFields((t) => ({
  difficultyRule: t.field({
    type: DifficultyRuleAsOfRef,
    description:
      'La règle qui signale les EPLE en difficulté, en vigueur au jour demandé (aujourd’hui si omis), avec son historique.',
    authScopes: { role: PERMISSIONS.readReport },
    args: {
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour de la règle (aujourd’hui si omis)',
      }),
    },
    resolve: async (_root, args, ctx) => ({
      asOf: args.asOf ?? ctx.today,
      history: (await ctx.dataset()).difficultySettings ?? [],
    }),
  }),
}));
