import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { CombinedError } from 'urql';

/** What the user reads when a query failed: the API's message, in a DSFR alert. */
export function QueryError({ error }: { error: CombinedError }) {
  const denied = error.graphQLErrors.some((e) => /not authorized|unauthorized/i.test(e.message));
  return (
    <Alert
      severity="error"
      title={denied ? 'Accès refusé' : 'Les données n’ont pas pu être chargées'}
      description={
        denied
          ? 'Votre rôle ne permet pas de consulter ces données, ou votre session a expiré.'
          : error.networkError
            ? 'Le serveur ne répond pas. Réessayez dans un instant.'
            : error.graphQLErrors.map((e) => e.message).join(' ')
      }
    />
  );
}

/** A polite loading line, announced to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="fr-text--sm">
      Chargement {what}…
    </p>
  );
}
