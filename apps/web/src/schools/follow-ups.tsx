import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { can, FOLLOW_UP_KINDS } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../auth/auth-context';
import { followUpLabel } from '../dashboard/difficulty-list';
import { useAsOf } from '../date/as-of';
import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { DayInput } from '../ui/day-input';
import { useFieldErrors } from '../ui/use-field-errors';

export const FollowUpFragment = graphql(`
  fragment FollowUpItem on FollowUp {
    on
    kind
    note
    by
  }
`);

const RecordFollowUpMutation = graphql(`
  mutation RecordFollowUp($uai: String!, $kind: String!, $note: String!, $on: Date) {
    recordFollowUp(uai: $uai, kind: $kind, note: $note, on: $on) {
      __typename
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

/** The follow-up actions taken for an EPLE, and (SI2C, DRASI, admin) a form to record one. */
export function FollowUps(props: { uai: string; followUps: FragmentType<typeof FollowUpFragment>[] }) {
  const followUps = getFragmentData(FollowUpFragment, props.followUps);
  const { role } = useSession();
  const [asOf] = useAsOf();
  const [kind, setKind] = useState<string>(FOLLOW_UP_KINDS[0] ?? 'visio');
  const [on, setOn] = useState(asOf);
  const [note, setNote] = useState('');
  const { saved, setSaved, read, stateOf: error } = useFieldErrors('note');
  const [{ fetching }, record] = useMutation(RecordFollowUpMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await record(
      { uai: props.uai, kind, note, on },
      { additionalTypenames: ['Eple', 'FollowUp'] },
    );
    if (read(result.data?.recordFollowUp, result.error)) {
      setNote('');
    }
  };

  return (
    <section aria-labelledby="suivi-titre">
      <h2 id="suivi-titre" className="fr-h4">
        Suivi particulier
      </h2>
      <DataTable
        caption="Actions de suivi"
        fileName={`suivi-${props.uai}`}
        serverExport={{ what: 'school-follow-ups', params: { uai: props.uai } }}
        empty="Aucune action de suivi enregistrée."
        headers={['Date', 'Type', 'Note', 'Par']}
        rows={followUps.map((f, i) => ({
          key: `${f.on}-${i}`,
          header: formatDate(f.on),
          cells: [followUpLabel(f.kind), f.note, f.by ?? '—'],
        }))}
      />
      {can(role, 'recordFollowUp') && (
        <form onSubmit={submit} className="opale-no-print" aria-labelledby="suivi-form-titre">
          <h3 id="suivi-form-titre" className="fr-h5">
            Enregistrer une action de suivi
          </h3>
          <Select
            label="Type d’action"
            nativeSelectProps={{ value: kind, onChange: (e) => setKind(e.currentTarget.value) }}
            {...error('kind')}
          >
            {FOLLOW_UP_KINDS.map((k) => (
              <option key={k} value={k}>
                {followUpLabel(k)}
              </option>
            ))}
          </Select>
          <DayInput label="Date" value={on} onChange={setOn} state={error('on')} />
          <Input
            label="Note"
            hintText="Ce qui a été fait, avec qui."
            textArea
            nativeTextAreaProps={{
              value: note,
              required: true,
              onChange: (e) => setNote(e.currentTarget.value),
            }}
            {...error('note')}
          />
          <Button type="submit" disabled={fetching}>
            Enregistrer le suivi
          </Button>
          {saved && (
            <Alert severity="success" small description="Action de suivi enregistrée." className="fr-mt-2w" />
          )}
        </form>
      )}
    </section>
  );
}
