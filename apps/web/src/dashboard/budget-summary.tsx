import { formatInteger, formatPercent } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const BudgetSummaryFragment = graphql(`
  fragment BudgetSummary on WaveFigures {
    id
    budget {
      exercise
      executoire
      total
      rate {
        percent
      }
    }
  }
`);

/** "50 budgets intégrés sur 61 soit 81,96 % de budgets exécutoires dans op@le", as on the slide. */
export function BudgetSummary(props: {
  wave: FragmentType<typeof BudgetSummaryFragment>;
  asOfLabel: string;
}) {
  const { id, budget } = getFragmentData(BudgetSummaryFragment, props.wave);
  return (
    <section aria-labelledby="budget-titre" className="opale-card">
      <h3 id="budget-titre" className="fr-h5">
        Budgets exécutoires {budget.exercise} — {id}
      </h3>
      <p className="opale-figure">
        <span className="fr-sr-only">Taux de budgets exécutoires : </span>
        {formatPercent(budget.rate.percent)}
      </p>
      <p>
        {formatInteger(budget.executoire)} budget{budget.executoire > 1 ? 's' : ''} intégré
        {budget.executoire > 1 ? 's' : ''} sur {formatInteger(budget.total)} soit{' '}
        {formatPercent(budget.rate.percent)} de budgets exécutoires dans op@le, {props.asOfLabel}.
      </p>
    </section>
  );
}
