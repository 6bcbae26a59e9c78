import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParam } from './use-search-param';

/** A choice among fixed values kept in a URL parameter: the filtered view can be shared. */
export function Choice(props: {
  label: string;
  name: string;
  labels: Record<string, string>;
  /** The first option, which filters nothing. */
  all?: string;
}) {
  const [value, set] = useSearchParam(props.name);
  return (
    <Select
      label={props.label}
      nativeSelectProps={{
        name: props.name,
        value: value ?? '',
        onChange: (e) => set(e.currentTarget.value),
      }}
    >
      <option value="">{props.all ?? 'Tous'}</option>
      {Object.entries(props.labels).map(([code, text]) => (
        <option key={code} value={code}>
          {text}
        </option>
      ))}
    </Select>
  );
}
