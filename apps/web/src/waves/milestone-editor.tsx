import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { can, MILESTONE_KIND_LABELS, MILESTONE_KINDS } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf } from '../date/as-of';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { fieldError, issuesByField } from '../ui/field-issues';
import { MilestoneHistory } from './milestone-history';
import { frenchIssues } from './milestone-refusals';

export const MilestoneEditFragment = graphql(`
  fragment MilestoneEditTarget on Milestone {
    id
    version
    kind
    label
    dueOn
    doneOn
    ...MilestoneHistoryOf
  }
`);

const RecordMilestoneMutation = graphql(`
  mutation RecordMilestone(
    $id: String
    $wave: String!
    $kind: String!
    $label: String!
    $dueOn: Date!
    $doneOn: Date
    $on: Date
    $version: Int
  ) {
    recordMilestone(
      id: $id
      wave: $wave
      kind: $kind
      label: $label
      dueOn: $dueOn
      doneOn: $doneOn
      on: $on
      version: $version
    ) {
      __typename
      ... on MutationRecordMilestoneSuccess {
        data {
          id
          version
        }
      }
      ... on Conflict {
        message
      }
      ... on InvalidInput {
        issues {
          field
          code
          message
        }
      }
    }
  }
`);

const NEW = '';
interface Draft {
  kind: string;
  label: string;
  dueOn: string;
  doneOn: string;
}
const EMPTY: Draft = { kind: 'other', label: '', dueOn: '', doneOn: '' };

/**
 * For admins and DRASI: adds a milestone to the wave's calendar, or changes one (label, due and
 * done days) from the version read, decided on a day (the day shown by default). The API's
 * refusals are shown under their fields; a conflict asks to reload.
 */
export function MilestoneEditor(props: {
  waveId: string;
  milestones: FragmentType<typeof MilestoneEditFragment>[];
}) {
  const milestones = getFragmentData(MilestoneEditFragment, props.milestones);
  const { role } = useSession();
  const [asOf] = useAsOf();
  const [target, setTarget] = useState(NEW);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [on, setOn] = useState(asOf);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [{ fetching }, record] = useMutation(RecordMilestoneMutation);
  if (!can(role, 'recordMilestone')) return null;
  const chosen = milestones.find((m) => m.id === target);

  const choose = (id: string) => {
    setTarget(id);
    const m = milestones.find((x) => x.id === id);
    setDraft(m ? { kind: m.kind, label: m.label, dueOn: m.dueOn, doneOn: m.doneOn ?? '' } : EMPTY);
    setErrors({});
    setOutcome(null);
  };
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const current = chosen;
    const result = await record(
      {
        id: current?.id,
        version: current?.version,
        wave: props.waveId,
        kind: draft.kind,
        label: draft.label,
        dueOn: draft.dueOn,
        doneOn: draft.doneOn || undefined,
        on,
      },
      { additionalTypenames: ['Milestone', 'WaveFigures'] },
    );
    const answer = result.data?.recordMilestone;
    if (answer?.__typename === 'InvalidInput') {
      setErrors(issuesByField(frenchIssues(answer.issues)));
      setOutcome(null);
    } else if (answer?.__typename === 'Conflict') {
      setErrors({});
      setOutcome({
        severity: 'error',
        text: 'Ce jalon a été modifié par quelqu’un d’autre depuis votre lecture ; rien n’a été enregistré. Rechargez la page, vérifiez-le puis recommencez.',
      });
    } else if (result.error || answer?.__typename !== 'MutationRecordMilestoneSuccess') {
      setOutcome({ severity: 'error', text: result.error?.message ?? 'Pas de réponse du serveur.' });
    } else {
      setErrors({});
      setOutcome({ severity: 'success', text: `Jalon ${answer.data.id} enregistré.` });
      if (!current) setDraft(EMPTY);
    }
  };
  const error = (key: string) => fieldError(errors, key);
  const day = (key: 'dueOn' | 'doneOn', label: string, required: boolean) => (
    <Input
      label={label}
      nativeInputProps={{
        type: 'date',
        value: draft[key],
        required,
        onChange: (e) => set(key)(e.currentTarget.value),
      }}
      {...error(key)}
    />
  );

  return (
    <form onSubmit={submit} className="opale-no-print" aria-labelledby="jalon-form-titre">
      <h3 id="jalon-form-titre" className="fr-h5">
        Ajouter ou modifier un jalon
      </h3>
      <Select
        label="Jalon"
        nativeSelectProps={{ value: target, onChange: (e) => choose(e.currentTarget.value) }}
        {...error('id')}
      >
        <option value={NEW}>Nouveau jalon</option>
        {milestones.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label} ({m.id})
          </option>
        ))}
      </Select>
      {chosen && <MilestoneHistory milestone={chosen} />}
      <Select
        label="Type"
        nativeSelectProps={{ value: draft.kind, onChange: (e) => set('kind')(e.currentTarget.value) }}
        {...error('kind')}
      >
        {MILESTONE_KINDS.map((k) => (
          <option key={k} value={k}>
            {MILESTONE_KIND_LABELS[k]}
          </option>
        ))}
      </Select>
      <Input
        label="Libellé"
        nativeInputProps={{
          value: draft.label,
          required: true,
          maxLength: 200,
          onChange: (e) => set('label')(e.currentTarget.value),
        }}
        {...error('label')}
      />
      {day('dueOn', 'Prévu le', true)}
      {day('doneOn', 'Fait le (vide s’il n’a pas eu lieu)', false)}
      <Input
        label="Décidé le"
        hintText="Le changement compte à partir de ce jour : les jours d’avant gardent leur calendrier."
        nativeInputProps={{
          type: 'date',
          value: on,
          required: true,
          onChange: (e) => setOn(e.currentTarget.value),
        }}
        {...error('on')}
      />
      {(errors.version ?? errors.waveId) && (
        <p className="fr-error-text">{errors.version ?? errors.waveId}</p>
      )}
      <Button type="submit" disabled={fetching}>
        Enregistrer le jalon
      </Button>
      {outcome && <Alert severity={outcome.severity} small description={outcome.text} className="fr-mt-2w" />}
    </form>
  );
}
