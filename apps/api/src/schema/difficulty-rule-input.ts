import { type DomainError, domainError } from '@opale/domain';
import { builder } from '../builder.js';
import { DifficultyWeightInput } from './difficulty-weight.js';

export const DifficultyRuleInput = builder.inputType('DifficultyRuleInput', {
  description:
    'Les seuils et les poids d’une nouvelle règle de difficulté ; ce qui est omis garde la valeur de la règle en vigueur ce jour-là.',
  fields: (t) => ({
    weights: t.field({
      type: [DifficultyWeightInput],
      required: false,
      description: 'les poids des signaux à changer, un par signal',
    }),
    scoreThreshold: t.int({ required: false, description: 'le score à partir duquel un EPLE est signalé' }),
    openTicketsThreshold: t.int({
      required: false,
      description: 'le nombre de demandes en cours qui compte',
    }),
    staleTicketsThreshold: t.int({
      required: false,
      description: 'le nombre de demandes anciennes qui compte',
    }),
    staleAfterDays: t.int({
      required: false,
      description: 'après combien de jours une demande est ancienne',
    }),
    restitutionAlertsThreshold: t.int({
      required: false,
      description: 'le nombre d’alertes des restitutions qui compte',
    }),
    budgetGraceDays: t.int({
      required: false,
      description: 'combien de jours après la bascule un budget non exécutoire commence à compter',
    }),
    leadDays: t.int({
      required: false,
      description: 'combien de jours avant leur bascule les EPLE sont examinés',
    }),
    followDays: t.int({ required: false, description: 'combien de jours après leur bascule ils le restent' }),
  }),
});

type RuleArgs = {
  readonly weights?: readonly { readonly signal: string; readonly weight: number }[] | null;
} & Record<string, unknown>;

/**
 * The rule as the store takes it: the weights' list as a record by signal, the fields left out
 * (null) dropped. A signal given twice is an error naming it (`rule.weights.open-tickets`).
 */
export function ruleFromArgs(args: RuleArgs): { rule: Record<string, unknown>; errors: DomainError[] } {
  const rule: Record<string, unknown> = {};
  const errors: DomainError[] = [];
  for (const [key, value] of Object.entries(args)) {
    if (key !== 'weights' && value !== null && value !== undefined) rule[key] = value;
  }
  if (args.weights) {
    const weights: Record<string, number> = {};
    for (const { signal, weight } of args.weights) {
      if (signal in weights)
        errors.push(
          domainError(
            `rule.weights.${signal}`,
            'duplicate',
            `rule.weights.${signal}: expected one weight per signal`,
          ),
        );
      weights[signal] = weight;
    }
    rule.weights = weights;
  }
  return { rule, errors };
}
