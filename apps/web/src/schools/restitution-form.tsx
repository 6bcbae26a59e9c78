import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { RESTITUTION_SEVERITIES, RESTITUTION_SEVERITY_LABELS, type RestitutionSeverity } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useAsOf } from '../date/as-of';
import { graphql } from '../gql';
import { DayInput } from '../ui/day-input';
import { useFieldErrors } from '../ui/use-field-errors';

const RecordRestitutionAlertMutation = graphql(`
  mutation RecordRestitutionAlert(
    $uai: String!
    $report: String!
    $severity: RestitutionSeverity!
    $message: String!
    $on: Date
  ) {
    recordRestitutionAlert(uai: $uai, report: $report, severity: $severity, message: $message, on: $on) {
      __typename
      ... on InvalidInput {
        ...RefusedInput
      }
    }
  }
`);

/** The form of SI2C and administrators to record an alert raised by a restitution op@le on an EPLE. */
export function RestitutionForm(props: { uai: string }) {
  const [asOf] = useAsOf();
  const [report, setReport] = useState('');
  const [severity, setSeverity] = useState<RestitutionSeverity>('warning');
  const [message, setMessage] = useState('');
  const [on, setOn] = useState(asOf);
  const { saved, setSaved, read, stateOf: error } = useFieldErrors('message');
  const [{ fetching }, record] = useMutation(RecordRestitutionAlertMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await record(
      { uai: props.uai, report, severity, message, on },
      { additionalTypenames: ['Eple', 'RestitutionAlert'] },
    );
    if (read(result.data?.recordRestitutionAlert, result.error)) {
      setReport('');
      setMessage('');
    }
  };

  return (
    <form onSubmit={submit} className="opale-no-print" aria-labelledby="restitution-form-titre">
      <h3 id="restitution-form-titre" className="fr-h5">
        Enregistrer une alerte
      </h3>
      <Input
        label="Restitution"
        hintText="L’état d’op@le qui a relevé l’alerte, par exemple Balance générale."
        nativeInputProps={{
          value: report,
          required: true,
          onChange: (e) => setReport(e.currentTarget.value),
        }}
        {...error('report')}
      />
      <Select
        label="Gravité"
        nativeSelectProps={{
          value: severity,
          onChange: (e) => setSeverity(e.currentTarget.value as RestitutionSeverity),
        }}
        {...error('severity')}
      >
        {RESTITUTION_SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {RESTITUTION_SEVERITY_LABELS[s]}
          </option>
        ))}
      </Select>
      <Input
        label="Message"
        textArea
        nativeTextAreaProps={{
          value: message,
          required: true,
          onChange: (e) => setMessage(e.currentTarget.value),
        }}
        {...error('message')}
      />
      <DayInput label="Relevée le" value={on} onChange={setOn} state={error('on')} />
      <Button type="submit" disabled={fetching}>
        Enregistrer l’alerte
      </Button>
      {saved && <Alert severity="success" small description="Alerte enregistrée." className="fr-mt-2w" />}
    </form>
  );
}
