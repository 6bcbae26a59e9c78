import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { canChangeTicket } from '@opale/domain';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf, useDatedPath } from '../date/as-of';
import { formatDate, plural } from '../format/format';
import { getFragmentData, graphql } from '../gql';
import { Loading, QueryError } from '../ui/query-state';
import { HANDLER_LABELS, labelOf, STATUS_LABELS, serviceLabel } from './labels';
import { MissingItems } from './missing-items';
import { TicketActions } from './ticket-actions';
import { TicketDetails } from './ticket-details';
import { TicketHistory } from './ticket-history';
import { TicketListRowFragment } from './ticket-list';

const TicketPageQuery = graphql(`
  query TicketPage($ref: String!, $asOf: Date!) {
    ticket(ref: $ref) {
      id
      ...TicketListRow
      ...TicketDetails
      ...TicketHistory
    }
  }
`);

/** One ticket as of the day shown: what it holds, what it lacks, its history, and the team's actions. */
export default function TicketPage() {
  const { ref = '' } = useParams();
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  const { role } = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({ query: TicketPageQuery, variables: { ref, asOf } });
  const back = (
    <p>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={dated('/tickets')}>
        Tous les tickets
      </Link>
    </p>
  );
  if (error) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading what="du ticket" /> : null;
  if (!data.ticket)
    return (
      <>
        <h1 className="fr-h2">Ticket {ref}</h1>
        <p>Ce ticket est inconnu, ou votre rôle ne permet pas de le consulter.</p>
        {back}
      </>
    );
  // The list's own row: what the ticket is, where it stands that day, and what it lacks.
  const t = getFragmentData(TicketListRowFragment, data.ticket);
  const state = t.state;
  const required = t.missing.filter((m) => m.severity === 'required');
  return (
    <>
      {back}
      <h1 className="fr-h2">
        Ticket {t.ref} : {t.title}
      </h1>
      <p>
        {state ? (
          <>
            Au {formatDate(asOf)} : <strong>{labelOf(STATUS_LABELS, state.status)}</strong>, pris en charge
            par {labelOf(HANDLER_LABELS, state.handler)}
            {state.escalatedTo ? ` (${serviceLabel(state.escalatedTo)}, pour ${state.team})` : ''}, ouvert
            depuis {plural(state.ageDays, 'jour', 'jours')}
            {state.openOverThreshold && (
              <Badge severity="warning" small className="fr-ml-1v">
                + de 15 j
              </Badge>
            )}
          </>
        ) : (
          `Au ${formatDate(asOf)}, ce ticket n’est pas encore ouvert.`
        )}
      </p>
      {state && canChangeTicket(role, state.team) && (
        <section aria-labelledby="actions-titre" className="fr-mb-4w">
          <h2 id="actions-titre" className="fr-h5">
            Traiter le ticket
          </h2>
          <TicketActions ticket={t} onConflict={() => refetch({ requestPolicy: 'network-only' })} />
        </section>
      )}
      <TicketDetails ticket={data.ticket} />
      <section aria-labelledby="complet-titre" className="fr-mb-4w">
        <h2 id="complet-titre" className="fr-h5">
          Ce que le comité demande à un ticket
        </h2>
        {t.wellFormed && t.missing.length === 0 ? (
          <Badge severity="success">Complet</Badge>
        ) : (
          <>
            <p>
              {t.wellFormed
                ? 'Tous les éléments obligatoires sont là.'
                : `${plural(required.length, 'élément obligatoire manque', 'éléments obligatoires manquent')} :`}
            </p>
            <MissingItems missing={t.missing} label="Éléments manquants" />
          </>
        )}
      </section>
      <TicketHistory ticket={data.ticket} asOf={asOf} />
    </>
  );
}
