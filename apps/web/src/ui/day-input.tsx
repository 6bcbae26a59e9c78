import { Input } from '@codegouvfr/react-dsfr/Input';

/** A required day of a form (`YYYY-MM-DD`), with the refusal the API gave for it, if any. */
export function DayInput(props: {
  label: string;
  value: string;
  onChange: (day: string) => void;
  state?: { state: 'error'; stateRelatedMessage: string } | object;
}) {
  return (
    <Input
      label={props.label}
      nativeInputProps={{
        type: 'date',
        value: props.value,
        required: true,
        onChange: (e) => props.onChange(e.currentTarget.value),
      }}
      {...props.state}
    />
  );
}
