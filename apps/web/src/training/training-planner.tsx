import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { refusal } from '../ui/field-issues';
import { type Outcome, SubmitWithOutcome } from '../ui/submit-outcome';

const PlanMutation = graphql(`
  mutation PlanTrainingGroups($wave: String!, $staff: [StaffCountInput!]!) {
    planTrainingGroups(wave: $wave, staff: $staff) {
      __typename
      ... on MutationPlanTrainingGroupsSuccess {
        data {
          waveId
          summary {
            totals {
              groups
              pairs
            }
          }
          groupsLackingPair {
            id
          }
        }
      }
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

/**
 * Plans the wave's groups (about 20 a group) and trainer pairs from the staff to train on each
 * track: the API computes the plan, this form only sends the counts.
 */
export function TrainingPlanner(props: {
  waveId: string;
  tracks: readonly { trackId: string; label: string; staff: number }[];
}) {
  const [counts, setCounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.tracks.map((t) => [t.trackId, String(t.staff)])),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [{ fetching }, plan] = useMutation(PlanMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const staff = props.tracks.map((t) => ({ trackId: t.trackId, count: Number(counts[t.trackId] ?? 0) }));
    const result = await plan(
      { wave: props.waveId, staff },
      { additionalTypenames: ['WaveTraining', 'TrainingGroup'] },
    );
    const answer = result.data?.planTrainingGroups;
    if (answer?.__typename === 'MutationPlanTrainingGroupsSuccess') {
      const { groups } = answer.data.summary.totals;
      const lacking = answer.data.groupsLackingPair.length;
      const complete = groups - lacking;
      const gaps =
        lacking === 0
          ? ''
          : ` ${lacking} ${lacking === 1 ? 'groupe n’a' : 'groupes n’ont'} pas de binôme complet, faute de formateurs disponibles : voir la liste ci-dessus.`;
      setOutcome({
        severity: lacking === 0 ? 'success' : 'warning',
        text: `Plan enregistré : ${groups} groupes, ${complete} avec leur binôme.${gaps}`,
      });
    } else {
      setOutcome({ severity: 'error', text: refusal(answer, result.error) ?? 'Pas de réponse du serveur.' });
    }
  };
  return (
    <form onSubmit={submit} className="opale-no-print" aria-labelledby="planifier-titre">
      <h2 id="planifier-titre" className="fr-h4">
        Planifier les groupes de la vague {props.waveId}
      </h2>
      <p className="fr-text--sm">
        Indiquez le nombre de personnels à former par parcours ; le plan existant est remplacé.
      </p>
      {props.tracks.map((t) => (
        <Input
          key={t.trackId}
          label={`${t.label} (${t.trackId})`}
          nativeInputProps={{
            type: 'number',
            min: 0,
            inputMode: 'numeric',
            value: counts[t.trackId] ?? '',
            onChange: (e) => setCounts((c) => ({ ...c, [t.trackId]: e.currentTarget.value })),
          }}
        />
      ))}
      <SubmitWithOutcome label="Planifier" fetching={fetching} outcome={outcome} />
    </form>
  );
}
