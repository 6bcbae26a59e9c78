import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { refusal } from '../ui/field-issues';
import type { TrainerRow } from './trainer-list';

const RecordTrainerMutation = graphql(`
  mutation RecordTrainer($trainer: TrainerInput!, $version: Int) {
    recordTrainer(trainer: $trainer, version: $version) {
      __typename
      ... on MutationRecordTrainerSuccess {
        data {
          ...TrainerRow
        }
      }
      ... on Conflict {
        message
      }
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

const toggle = (list: readonly string[], value: string, on: boolean) =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/**
 * Adds a volunteer trainer, or changes the one given (based on the version read): their wave, the
 * tracks they can lead and the waves they are not available for. The API checks it all; its
 * refusal is shown as it names the fields.
 */
export function TrainerForm(props: {
  trainer: TrainerRow | null;
  tracks: readonly { id: string; label: string }[];
  waves: readonly string[];
  /** Called with what was written, once the API recorded it. */
  onDone: (message: string) => void;
}) {
  const editing = props.trainer;
  const [id, setId] = useState(editing?.id ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [fromWave, setFromWave] = useState(editing?.fromWave ?? props.waves[0] ?? '');
  const [trackIds, setTrackIds] = useState<readonly string[]>(editing?.trackIds ?? []);
  const [unavailable, setUnavailable] = useState<readonly string[]>(editing?.unavailableWaves ?? []);
  const [outcome, setOutcome] = useState<{ title: string; text: string } | null>(null);
  const [{ fetching }, record] = useMutation(RecordTrainerMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Tracks in the order of the training plan, whatever the order they were ticked in.
    const ordered = props.tracks.map((t) => t.id).filter((t) => trackIds.includes(t));
    const waves = props.waves.filter((w) => unavailable.includes(w));
    const result = await record(
      {
        trainer: { id, name, fromWave, trackIds: ordered, unavailableWaves: waves },
        version: editing?.version ?? null,
      },
      { additionalTypenames: ['Trainer', 'WaveTraining'] },
    );
    const answer = result.data?.recordTrainer;
    if (answer?.__typename === 'MutationRecordTrainerSuccess') {
      setOutcome(null);
      props.onDone(`Formateur ${id} enregistré.`);
    } else if (answer?.__typename === 'Conflict') {
      setOutcome({
        title: 'Conflit : formateur modifié entre-temps',
        text: `Quelqu’un a modifié ${id} depuis votre lecture ; rien n’a été enregistré. Rechargez la liste puis recommencez.`,
      });
    } else {
      setOutcome({
        title: 'Refusé',
        text: refusal(answer, result.error) ?? 'Pas de réponse du serveur.',
      });
    }
  };

  return (
    <form onSubmit={submit} className="opale-no-print" aria-labelledby="formateur-titre">
      <h3 id="formateur-titre" className="fr-h5">
        {editing ? `Modifier le formateur ${editing.id}` : 'Ajouter un formateur'}
      </h3>
      <Input
        label="Identifiant"
        hintText="Par exemple F21"
        disabled={editing !== null}
        nativeInputProps={{ value: id, required: true, onChange: (e) => setId(e.currentTarget.value) }}
      />
      <Input
        label="Nom"
        hintText="Un nom inventé ou une fonction"
        nativeInputProps={{ value: name, required: true, onChange: (e) => setName(e.currentTarget.value) }}
      />
      <Select
        label="Vague d’origine"
        nativeSelectProps={{ value: fromWave, onChange: (e) => setFromWave(e.currentTarget.value) }}
      >
        {props.waves.map((w) => (
          <option key={w} value={w}>
            {w}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Parcours qu’il peut animer"
        options={props.tracks.map((t) => ({
          label: `${t.label} (${t.id})`,
          nativeInputProps: {
            checked: trackIds.includes(t.id),
            onChange: (e) => {
              const on = e.currentTarget.checked;
              setTrackIds((list) => toggle(list, t.id, on));
            },
          },
        }))}
        orientation="horizontal"
      />
      <Checkbox
        legend="Vagues pour lesquelles il n’est pas disponible"
        hintText="Aucune cochée : disponible pour toutes les vagues après la sienne"
        options={props.waves.map((w) => ({
          label: w,
          nativeInputProps: {
            checked: unavailable.includes(w),
            onChange: (e) => {
              const on = e.currentTarget.checked;
              setUnavailable((list) => toggle(list, w, on));
            },
          },
        }))}
        orientation="horizontal"
      />
      <Button type="submit" disabled={fetching}>
        Enregistrer
      </Button>
      {outcome && (
        <Alert severity="error" title={outcome.title} description={outcome.text} className="fr-mt-2w" />
      )}
    </form>
  );
}
