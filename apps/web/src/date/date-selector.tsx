import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { formatLongDate } from '../format/format';
import { todayInParis, useAsOf } from './as-of';

/**
 * "Au …": the day every figure of the page is shown as of, kept in the URL (`?date=`). A change
 * of the field is applied at once; the browser's date field is keyboard-usable.
 */
export function DateSelector() {
  const [asOf, setAsOf] = useAsOf();
  const today = todayInParis();
  return (
    <fieldset className="opale-date-selector opale-no-print">
      <legend className="fr-sr-only">Date des données</legend>
      <Input
        label="Données au"
        hintText={`Les chiffres sont ceux du ${formatLongDate(asOf)}.`}
        nativeInputProps={{
          type: 'date',
          value: asOf,
          required: true,
          onChange: (e) => setAsOf(e.currentTarget.value),
        }}
      />
      {asOf !== today && (
        <Button priority="secondary" size="small" onClick={() => setAsOf(today)}>
          Revenir à aujourd’hui
        </Button>
      )}
    </fieldset>
  );
}

/** " au 22/01/2024" in a page title: which day the page shows, for the reader and the printout. */
export function AsOfTitle({ title }: { title: string }) {
  const [asOf] = useAsOf();
  return (
    <h1 className="fr-h2">
      {title} <span className="opale-as-of">au {formatLongDate(asOf)}</span>
    </h1>
  );
}
