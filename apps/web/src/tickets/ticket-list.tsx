import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { canChangeTicket } from '@opale/domain';
import { Link } from 'react-router';
import { useSession } from '../auth/auth-context';
import { useDatedPath } from '../date/as-of';
import { formatDate, plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import type { ServerExport } from '../ui/server-download';
import { CHANNEL_LABELS, HANDLER_LABELS, labelOf, STATUS_LABELS, serviceLabel } from './labels';
import { MissingItems } from './missing-items';
import { TicketActions } from './ticket-actions';

export const TicketListRowFragment = graphql(`
  fragment TicketListRow on Ticket {
    ref
    title
    channel
    uai
    openedOn
    wellFormed
    itop {
      ref
      state
    }
    missing {
      element
      severity
      message
    }
    state(asOf: $asOf) {
      status
      handler
      team
      escalatedTo
      ageDays
      openOverThreshold
    }
    ...TicketActionsTarget
  }
`);

/** What the list says of a ticket opale has still to write to ITOP. */
const ITOP_STATE_LABELS: Record<string, string> = {
  pending: 'en attente d’envoi',
  failed: 'envoi ITOP en échec',
};

/** The tickets as a table: who handles each, its age, what it lacks and, by role, what to do. */
export function TicketList(props: {
  tickets: FragmentType<typeof TicketListRowFragment>[];
  onConflict: () => void;
  /** The server's export of the whole list with the filters shown. */
  serverExport: ServerExport;
}) {
  const tickets = getFragmentData(TicketListRowFragment, props.tickets);
  const { role } = useSession();
  const dated = useDatedPath();
  const staff = tickets.some((t) => canChangeTicket(role, t.state?.team));
  return (
    <DataTable
      caption={`Tickets (${plural(tickets.length, 'ticket', 'tickets')} sur cette page)`}
      fileName="tickets"
      serverExport={props.serverExport}
      empty="Aucun ticket ne correspond à ces filtres à cette date."
      headers={[
        'Référence',
        'Titre',
        'EPLE',
        'Ouvert le',
        'Pris en charge par',
        'Statut',
        'Ancienneté',
        'Complétude',
        ...(staff ? ['Actions'] : []),
      ]}
      rows={tickets.map((t) => {
        const required = t.missing.filter((m) => m.severity === 'required');
        return {
          key: t.ref,
          header: {
            text: t.ref,
            node: (
              <Link
                to={dated(`/tickets/${encodeURIComponent(t.ref)}`)}
                aria-label={`Ouvrir le ticket ${t.ref}`}
              >
                {t.ref}
              </Link>
            ),
          },
          cells: [
            t.itop && t.itop.state !== 'sent'
              ? {
                  text: `${t.title} (ITOP : ${ITOP_STATE_LABELS[t.itop.state] ?? t.itop.state})`,
                  node: (
                    <>
                      {t.title}
                      <Badge
                        severity={t.itop.state === 'failed' ? 'error' : 'new'}
                        small
                        className="fr-ml-1v"
                      >
                        {ITOP_STATE_LABELS[t.itop.state] ?? t.itop.state}
                      </Badge>
                    </>
                  ),
                }
              : t.channel === 'itop'
                ? t.title
                : {
                    text: `${t.title} (${CHANNEL_LABELS[t.channel]})`,
                    node: (
                      <>
                        {t.title}
                        <Badge severity="info" small noIcon className="fr-ml-1v">
                          {CHANNEL_LABELS[t.channel]}
                        </Badge>
                      </>
                    ),
                  },
            t.uai ? { text: t.uai, node: <Link to={dated(`/etablissements/${t.uai}`)}>{t.uai}</Link> } : '—',
            formatDate(t.openedOn),
            t.state?.escalatedTo
              ? `${labelOf(HANDLER_LABELS, t.state.handler)} (${serviceLabel(t.state.escalatedTo)})`
              : labelOf(HANDLER_LABELS, t.state?.handler),
            {
              text: labelOf(STATUS_LABELS, t.state?.status),
              node: (
                <>
                  {labelOf(STATUS_LABELS, t.state?.status)}
                  {t.state?.openOverThreshold && (
                    <Badge severity="warning" small className="fr-ml-1v">
                      + de 15 j
                    </Badge>
                  )}
                </>
              ),
            },
            t.state ? plural(t.state.ageDays, 'jour', 'jours') : '—',
            {
              text: t.wellFormed ? 'complet' : required.map((m) => m.message).join(' '),
              node: t.wellFormed ? (
                <Badge severity="success" small>
                  Complet
                </Badge>
              ) : (
                <details>
                  <summary>{plural(required.length, 'élément manquant', 'éléments manquants')}</summary>
                  <MissingItems missing={t.missing} />
                </details>
              ),
            },
            ...(staff
              ? [
                  canChangeTicket(role, t.state?.team)
                    ? { text: '', node: <TicketActions ticket={t} onConflict={props.onConflict} /> }
                    : '',
                ]
              : []),
          ],
        };
      })}
    />
  );
}
