import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { can } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf } from '../date/as-of';
import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { refusal } from '../ui/field-issues';

export const SchoolBudgetFragment = graphql(`
  fragment SchoolBudget on EpleBudget {
    exercise
    executoireOn
  }
`);

const RecordBudgetMutation = graphql(`
  mutation RecordBudgetExecutoire($uai: String!, $exercise: Int!, $on: Date!) {
    recordBudgetExecutoire(uai: $uai, exercise: $exercise, on: $on) {
      __typename
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

/** The budget of the bascule's year, and (SI2C, admin) the day it became exécutoire. */
export function SchoolBudget(props: { uai: string; budget: FragmentType<typeof SchoolBudgetFragment> }) {
  const budget = getFragmentData(SchoolBudgetFragment, props.budget);
  const { role } = useSession();
  const [asOf] = useAsOf();
  const [on, setOn] = useState(asOf);
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordBudgetMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record(
      { uai: props.uai, exercise: budget.exercise, on },
      { additionalTypenames: ['Eple', 'EpleBudget'] },
    );
    setMessage(refusal(result.data?.recordBudgetExecutoire, result.error));
  };
  return (
    <section aria-labelledby="budget-eple" className="opale-card">
      <h2 id="budget-eple" className="fr-h5">
        Budget {budget.exercise}
      </h2>
      <p>
        {budget.executoireOn ? `Exécutoire le ${formatDate(budget.executoireOn)}` : 'Pas encore exécutoire'}
      </p>
      {!budget.executoireOn && can(role, 'recordBudgetExecutoire') && (
        <form onSubmit={submit} className="opale-no-print" aria-label="Enregistrer le budget exécutoire">
          <Input
            label="Exécutoire le"
            nativeInputProps={{
              type: 'date',
              value: on,
              required: true,
              onChange: (e) => setOn(e.currentTarget.value),
            }}
          />
          <Button type="submit" size="small" disabled={fetching}>
            Enregistrer
          </Button>
          {message && <Alert severity="error" small description={message} />}
        </form>
      )}
    </section>
  );
}
