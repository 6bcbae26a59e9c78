import {
  DEFAULT_DIFFICULTY_CONFIG,
  DIFFICULTY_SIGNALS,
  type DifficultyConfig,
  type DifficultySetting,
  describeDifficultyRule,
  describeDifficultySignals,
  PERMISSIONS,
  validateDifficultyConfig,
} from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap } from '../results.js';
import { DifficultyRuleInput, ruleFromArgs } from './difficulty-rule-input.js';
import { DifficultyWeightRef } from './difficulty-weight.js';

/** A rule of the history, or the defaults (`setting` null) when none is in force. */
export interface DifficultyRule {
  readonly config: DifficultyConfig;
  readonly setting: DifficultySetting | null;
}

/** The rule of a history entry, or the defaults. */
export const ruleOf = (setting: DifficultySetting | null): DifficultyRule => ({
  config: setting?.config ?? DEFAULT_DIFFICULTY_CONFIG,
  setting,
});

const count = (key: keyof Omit<DifficultyConfig, 'weights'>, description: string) => ({
  key,
  description,
});
const COUNTS = [
  count('scoreThreshold', 'le score à partir duquel un EPLE est signalé'),
  count('openTicketsThreshold', 'le nombre de demandes en cours à partir duquel `open-tickets` compte'),
  count('staleTicketsThreshold', 'le nombre de demandes anciennes à partir duquel `stale-tickets` compte'),
  count('staleAfterDays', 'après combien de jours une demande en cours est ancienne'),
  count(
    'restitutionAlertsThreshold',
    'le nombre d’alertes des restitutions à partir duquel `restitution-alerts` compte',
  ),
  count('budgetGraceDays', 'combien de jours après la bascule un budget non exécutoire commence à compter'),
  count('leadDays', 'combien de jours avant leur bascule les EPLE d’une vague sont examinés'),
  count('followDays', 'combien de jours après leur bascule les EPLE d’une vague restent examinés'),
] as const;

export const DifficultyRuleRef = builder.objectRef<DifficultyRule>('DifficultyRule').implement({
  description:
    'Une règle de difficulté : les seuils et les poids qui signalent les EPLE en difficulté, depuis le jour où elle s’applique.',
  fields: (t) => ({
    effectiveOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'le premier jour où elle s’applique ; null pour la règle par défaut, quand aucune n’est enregistrée',
      resolve: (r) => r.setting?.effectiveOn ?? null,
    }),
    words: t.string({
      description:
        'la règle en français, telle que le comité la lit à côté de la liste des EPLE en difficulté',
      resolve: (r) => describeDifficultyRule(r.config),
    }),
    weights: t.field({
      type: [DifficultyWeightRef],
      description: 'chaque signal, son poids et ce qui le déclenche',
      resolve: (r) => {
        const labels = describeDifficultySignals(r.config);
        return DIFFICULTY_SIGNALS.map((signal) => ({
          signal,
          weight: r.config.weights[signal],
          label: labels[signal],
        }));
      },
    }),
    ...Object.fromEntries(
      COUNTS.map(({ key, description }) => [key, t.int({ description, resolve: (r) => r.config[key] })]),
    ),
    recordedBy: t.string({
      nullable: true,
      description: 'qui l’a enregistrée ; null pour la règle par défaut',
      resolve: (r) => r.setting?.recordedBy ?? null,
    }),
    recordedAt: t.string({
      nullable: true,
      description: 'quand elle a été enregistrée (instant ISO) ; null pour la règle par défaut',
      resolve: (r) => r.setting?.recordedAt ?? null,
    }),
    reason: t.string({
      nullable: true,
      description: 'pourquoi elle a été changée, selon qui l’a changée',
      resolve: (r) => r.setting?.reason ?? null,
    }),
  }),
});

builder.mutationFields((t) => ({
  setDifficultyRule: t.field({
    type: DifficultyRuleRef,
    description:
      'Enregistre une nouvelle règle de difficulté, en vigueur à partir d’un jour (aujourd’hui ou plus tard : les chiffres des jours passés ne changent pas) ; administrateurs seulement.',
    authScopes: { role: PERMISSIONS.setDifficultyRule },
    errors: {
      types: [InvalidInput],
      union: {
        description:
          'Ce que répond l’enregistrement d’une règle de difficulté : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'L’enregistrement de la règle de difficulté a réussi.' },
      dataField: { description: 'la règle enregistrée' },
    },
    args: {
      effectiveOn: t.arg({
        type: 'Date',
        required: true,
        description: 'le premier jour où elle s’applique : aujourd’hui ou plus tard',
      }),
      rule: t.arg({ type: DifficultyRuleInput, required: true, description: 'ses seuils et ses poids' }),
      reason: t.arg.string({ required: false, description: 'pourquoi la règle change' }),
    },
    resolve: async (_root, args, ctx) => {
      const { rule, errors } = ruleFromArgs(args.rule);
      // With a signal given twice nothing is written; the other fields' errors are said too.
      if (errors.length > 0) {
        const others = validateDifficultyConfig(rule, 'rule');
        throw new InvalidInput([...errors, ...(others.ok ? [] : others.errors)]);
      }
      const by = actorOf(ctx.caller as Caller);
      const input = { effectiveOn: args.effectiveOn, rule, reason: args.reason ?? undefined };
      return ruleOf(unwrap(await ctx.store.difficultyRule.setRule(input, by, ctx.today)).setting);
    },
  }),
}));
