import { Link } from 'react-router';
import { useDatedPath } from '../date/as-of';
import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const RuleWordsFragment = graphql(`
  fragment DifficultyRuleWords on DifficultyRule {
    effectiveOn
    words
  }
`);

/** The difficulty rule in force, in words, shown next to a list of EPLE in difficulty. */
export function DifficultyRuleWords(props: {
  rule: FragmentType<typeof RuleWordsFragment>;
  /** Whether to link to the rule's page (not on that page). */
  linked?: boolean;
}) {
  const rule = getFragmentData(RuleWordsFragment, props.rule);
  const dated = useDatedPath();
  return (
    <p className="fr-text--sm" data-testid="difficulty-rule-words">
      <strong>Règle appliquée</strong>{' '}
      {rule.effectiveOn ? `(en vigueur depuis le ${formatDate(rule.effectiveOn)})` : '(règle par défaut)'} :{' '}
      {rule.words}{' '}
      {props.linked !== false && <Link to={dated('/difficulte/regle')}>Voir la règle et son historique</Link>}
    </p>
  );
}
