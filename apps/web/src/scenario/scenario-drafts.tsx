import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { can } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { graphql } from '../gql';
import { Loading, QueryError } from '../ui/query-state';
import { type Scenario, scenarioParam } from './scenario-url';

const ScenarioDraftsQuery = graphql(`
  query ScenarioDrafts {
    scenarioDrafts {
      id
      name
      moves { uai toWave }
      switchDates { waveId switchDate }
      createdBy
      updatedAt
      version
      appliedAt
      appliedBy
    }
  }
`);

const SaveScenarioDraftMutation = graphql(`
  mutation SaveScenarioDraft($name: String!, $scenario: ScenarioInput!) {
    saveScenarioDraft(name: $name, scenario: $scenario) {
      __typename
      ... on MutationSaveScenarioDraftSuccess { data { id name } }
      ... on InvalidInput { ...RefusedInput }
      ... on Conflict { message }
    }
  }
`);

const ApplyScenarioDraftMutation = graphql(`
  mutation ApplyScenarioDraft($id: String!, $version: Int!) {
    applyScenarioDraft(id: $id, version: $version) {
      __typename
      ... on MutationApplyScenarioDraftSuccess { data { moves switchDates draft { id name } } }
      ... on InvalidInput { ...RefusedInput }
      ... on Conflict { message }
    }
  }
`);

/** What a mutation answered, said in one line: what was written, or why nothing was. */
type Outcome = { readonly severity: 'success' | 'error'; readonly text: string } | null;

function outcomeOf(
  answer: { readonly __typename?: string; readonly message?: string } | null | undefined,
  error: { readonly message: string } | undefined,
  success: () => string,
): Outcome {
  if (!answer) return { severity: 'error', text: error?.message ?? 'Pas de réponse du serveur.' };
  if (answer.__typename === 'InvalidInput' || answer.__typename === 'Conflict')
    return { severity: 'error', text: `Rien n’a été enregistré : ${answer.message}` };
  return { severity: 'success', text: success() };
}

/** The link that opens a draft on the re-planning page. */
export function draftLink(scenario: Scenario): string {
  // Only the scenario's own fields: the client's answers carry their type names too.
  const param = scenarioParam({
    moves: scenario.moves.map(({ uai, toWave }) => ({ uai, toWave })),
    switchDates: scenario.switchDates.map(({ waveId, switchDate }) => ({ waveId, switchDate })),
  });
  return param ? `/re-planification?${new URLSearchParams({ scenario: param })}` : '/re-planification';
}

const shown = (at: string) => new Date(at).toLocaleDateString('fr-FR');

/**
 * The drafts of the re-planning page: the current scenario saved under a name (those who plan),
 * each draft listed with the link that opens it, and, for the administrators, applied to the
 * records after a confirmation (`onApplied` is told when they changed).
 */
export function ScenarioDrafts(props: { scenario: Scenario; onApplied?: () => void }) {
  const { role } = useSession();
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [{ data, error, fetching }, reload] = useQuery({ query: ScenarioDraftsQuery });
  const [saving, save] = useMutation(SaveScenarioDraftMutation);
  const [applying, apply] = useMutation(ApplyScenarioDraftMutation);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scenario = { moves: [...props.scenario.moves], switchDates: [...props.scenario.switchDates] };
    const result = await save({ name, scenario });
    const answer = result.data?.saveScenarioDraft;
    setOutcome(outcomeOf(answer, result.error, () => `Brouillon « ${name} » enregistré.`));
    if (answer?.__typename === 'MutationSaveScenarioDraftSuccess') {
      setName('');
      refresh();
    }
  };
  const applyDraft = async (id: string, version: number) => {
    setConfirming(null);
    const result = await apply({ id, version });
    const answer = result.data?.applyScenarioDraft;
    setOutcome(
      outcomeOf(answer, result.error, () =>
        answer?.__typename === 'MutationApplyScenarioDraftSuccess'
          ? `Brouillon « ${answer.data.draft.name} » appliqué : ${answer.data.moves} EPLE changé(s) de vague, ${answer.data.switchDates} bascule(s) changée(s) de jour.`
          : '',
      ),
    );
    refresh();
    // The records changed: the comparison's current plan is read again.
    if (answer?.__typename === 'MutationApplyScenarioDraftSuccess') props.onApplied?.();
  };

  return (
    <section aria-labelledby="scenario-drafts" className="opale-no-print fr-mt-4w">
      <h2 id="scenario-drafts" className="fr-h4">
        Brouillons
      </h2>
      {outcome && (
        <Alert
          severity={outcome.severity}
          small
          description={outcome.text}
          className="fr-mb-2w"
          closable
          onClose={() => setOutcome(null)}
        />
      )}
      {can(role, 'manageScenarios') && (
        <form onSubmit={submit} aria-label="Enregistrer le scénario" className="fr-mb-2w">
          <Input
            label="Nom du brouillon"
            nativeInputProps={{
              value: name,
              maxLength: 200,
              onChange: (e) => setName(e.currentTarget.value),
            }}
          />
          <Button type="submit" priority="secondary" disabled={saving.fetching || name.trim() === ''}>
            Enregistrer le scénario comme brouillon
          </Button>
        </form>
      )}
      {error && <QueryError error={error} />}
      {!data && fetching && <Loading what="des brouillons" />}
      {data && data.scenarioDrafts.length === 0 && <p>Aucun brouillon enregistré.</p>}
      {data && data.scenarioDrafts.length > 0 && (
        <ul>
          {data.scenarioDrafts.map((d) => (
            <li key={d.id}>
              <Link to={draftLink(d)}>{d.name}</Link> — {d.moves.length} EPLE et {d.switchDates.length}{' '}
              bascule(s) déplacés, par {d.createdBy}, le {shown(d.updatedAt)}
              {d.appliedAt && d.appliedBy && ` ; appliqué le ${shown(d.appliedAt)} par ${d.appliedBy}`}
              {!d.appliedAt && can(role, 'applyScenarioToRecords') && confirming !== d.id && (
                <Button
                  size="small"
                  priority="tertiary"
                  className="fr-ml-1w"
                  onClick={() => setConfirming(d.id)}
                  title={`Appliquer « ${d.name} » aux enregistrements`}
                >
                  Appliquer
                </Button>
              )}
              {confirming === d.id && (
                <fieldset className="fr-mt-1w" aria-label={`Confirmer l’application de « ${d.name} »`}>
                  {' '}
                  Les EPLE et les bascules seront changés dans les enregistrements.{' '}
                  <Button
                    size="small"
                    disabled={applying.fetching}
                    onClick={() => applyDraft(d.id, d.version)}
                  >
                    Confirmer l’application
                  </Button>{' '}
                  <Button size="small" priority="tertiary" onClick={() => setConfirming(null)}>
                    Annuler
                  </Button>
                </fieldset>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
