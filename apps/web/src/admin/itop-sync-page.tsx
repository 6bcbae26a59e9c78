import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ITOP_CHANGE_LABELS, ITOP_DELIVERY_STATE_LABELS } from '@opale/domain';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { Loading, QueryError } from '../ui/query-state';

const ItopSyncQuery = graphql(`
  query ItopSync {
    itopSync {
      connected
      pending
      sent
      failed
      lastRun {
        startedAt
        finishedAt
        since
        read
        written
        errors
      }
      outbox {
        ticketRef
        change
        state
        attempts
        createdAt
        nextAt
        sentAt
        lastError
      }
    }
  }
`);

const RetryMutation = graphql(`
  mutation RetryItopOutbox {
    retryItopOutbox
  }
`);

const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }) : '';

/** Échanges avec ITOP (admins): the last sync, its counts and errors, and the outbox to iTop. */
export default function ItopSyncPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ItopSyncQuery });
  const [retry, retryFailed] = useMutation(RetryMutation);
  if (error) return <QueryError error={error} />;
  if (fetching || !data) return <Loading what="des échanges avec ITOP" />;
  const sync = data.itopSync;
  const run = sync.lastRun;
  return (
    <>
      <h1 className="fr-h2">Échanges avec ITOP</h1>
      {!sync.connected && (
        <Alert
          severity="info"
          small
          description="ITOP n’est pas configuré sur ce serveur (OPALE_ITOP_URL) : les tickets restent dans opale, prêts à coller dans le portail."
          className="fr-mb-3w"
        />
      )}
      <h2 className="fr-h4">Dernière lecture d’ITOP</h2>
      {run ? (
        <>
          <p>
            Le {when(run.finishedAt)} : {run.read} demande{run.read > 1 ? 's' : ''} lue
            {run.read > 1 ? 's' : ''}
            {run.since ? ` (mises à jour depuis le ${run.since})` : ''}, {run.written} ticket
            {run.written > 1 ? 's' : ''} ajouté{run.written > 1 ? 's' : ''} ou changé
            {run.written > 1 ? 's' : ''}.
          </p>
          {run.errors.length > 0 && (
            <Alert
              severity="error"
              title="La lecture a échoué : rien n’a été écrit"
              description={
                <ul>
                  {run.errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              }
              className="fr-mb-3w"
            />
          )}
        </>
      ) : (
        <p>Aucune lecture d’ITOP pour l’instant.</p>
      )}
      <h2 className="fr-h4">Envois vers ITOP</h2>
      <p>
        {sync.pending} en attente d’envoi, {sync.sent} envoyé{sync.sent > 1 ? 's' : ''}, {sync.failed} en
        échec.
      </p>
      {sync.failed > 0 && (
        <Button
          priority="secondary"
          disabled={retry.fetching}
          onClick={async () => {
            await retryFailed({});
            refetch({ requestPolicy: 'network-only' });
          }}
          className="fr-mb-2w"
        >
          Relancer les envois en échec
        </Button>
      )}
      <DataTable
        caption="File d’envoi vers ITOP : les changements pas encore envoyés, puis les derniers envoyés"
        fileName="file-envoi-itop"
        serverExport={{ what: 'itop-outbox' }}
        headers={['Ticket', 'Changement', 'État', 'Essais', 'Mis en attente', 'Prochain essai', 'Erreur']}
        rows={sync.outbox.map((e, i) => ({
          key: `${e.ticketRef}-${e.change}-${i}`,
          cells: [
            e.ticketRef,
            ITOP_CHANGE_LABELS[e.change] ?? e.change,
            ITOP_DELIVERY_STATE_LABELS[e.state] ?? e.state,
            e.attempts,
            when(e.createdAt),
            e.state === 'pending' ? when(e.nextAt) : '',
            e.lastError ?? '',
          ],
        }))}
        empty="Aucun changement à envoyer."
      />
    </>
  );
}
