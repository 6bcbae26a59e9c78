import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';

/** What a form's last submission came to, in one line for the user. */
export interface Outcome {
  /** Written (`success`), written with something to look at (`warning`), or refused (`error`). */
  readonly severity: 'success' | 'warning' | 'error';
  readonly text: string;
}

/** A form's submit button, disabled while it is sent, and what the last submission came to. */
export function SubmitWithOutcome(props: { label: string; fetching: boolean; outcome: Outcome | null }) {
  return (
    <>
      <Button type="submit" disabled={props.fetching}>
        {props.label}
      </Button>
      {props.outcome && (
        <Alert
          severity={props.outcome.severity}
          small
          description={props.outcome.text}
          className="fr-mt-2w"
        />
      )}
    </>
  );
}
