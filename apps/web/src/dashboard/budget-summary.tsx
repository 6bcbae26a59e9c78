import { formatInteger, formatPercent, plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { EpleFigureLink } from '../schools/eple-figure-link';

export const BudgetSummaryFragment = graphql(`
  fragment BudgetSummary on WaveFigures {
    id
    attached {
      ...EpleFigureLink
    }
    budget {
      figures {
        budget
        figure
        ...EpleFigureLink
      }
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
  const { id, budget, attached } = getFragmentData(BudgetSummaryFragment, props.wave);
  const executoire = budget.figures.find((f) => f.budget === 'executoire');
  const pending = budget.figures.find((f) => f.budget === 'pending');
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
        {executoire ? (
          <EpleFigureLink
            figure={executoire}
            label={`EPLE de la vague ${id} au budget ${budget.exercise} exécutoire`}
          />
        ) : (
          formatInteger(budget.executoire)
        )}{' '}
        budget{budget.executoire > 1 ? 's' : ''} intégré
        {budget.executoire > 1 ? 's' : ''} sur{' '}
        <EpleFigureLink figure={attached} label={`EPLE rattachés à la vague ${id}`} /> soit{' '}
        {formatPercent(budget.rate.percent)} de budgets exécutoires dans op@le, {props.asOfLabel}.
      </p>
      {pending && (
        <p className="fr-text--sm">
          Pas encore exécutoires :{' '}
          <EpleFigureLink
            figure={pending}
            label={`EPLE de la vague ${id} au budget ${budget.exercise} pas encore exécutoire`}
          >
            {plural(pending.figure, 'EPLE', 'EPLE')}
          </EpleFigureLink>
        </p>
      )}
    </section>
  );
}
