import { can } from '@opale/domain';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf, useDatedPath } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import { Pager } from '../ui/pager';
import { Loading, QueryError } from '../ui/query-state';
import { PAGE_PARAM, useSearchParam } from '../ui/use-search-param';
import { TicketFiltersForm, useRequalifiedTeam, useTicketCell, useTicketFilters } from './ticket-filters';
import { TicketList } from './ticket-list';

const TicketsQuery = graphql(`
  query Tickets(
    $asOf: Date!
    $after: String
    $handler: Handler
    $team: AcademieTeam
    $level: AssistanceLevel
    $status: TicketStatus
    $channel: TicketChannel
    $overThreshold: Boolean
    $wave: String
    $uai: String
    $cell: TicketCellInput
    $openedFrom: Date
    $openedTo: Date
    $wellFormed: Boolean
    $nationalService: NationalService
  ) {
    tickets(
      asOf: $asOf
      first: 20
      after: $after
      handler: $handler
      team: $team
      level: $level
      status: $status
      channel: $channel
      overThreshold: $overThreshold
      wave: $wave
      uai: $uai
      cell: $cell
      openedFrom: $openedFrom
      openedTo: $openedTo
      wellFormed: $wellFormed
      nationalService: $nationalService
    ) {
      totalCount
      edges {
        node {
          id
          ...TicketListRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RequalifiedTicketsQuery = graphql(`
  query RequalifiedTickets($asOf: Date!, $team: AcademieTeam!, $after: String) {
    requalifiedTickets(team: $team, asOf: $asOf, first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          ...TicketListRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Tickets: the list as of the day shown, filtered, with what each lacks and the team's actions. */
export default function TicketsPage() {
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  const session = useSession();
  const filters = useTicketFilters();
  const cell = useTicketCell();
  const requalified = useRequalifiedTeam();
  const [after] = useSearchParam(PAGE_PARAM);
  const [all, refetchAll] = useQuery({
    query: TicketsQuery,
    variables: { asOf, after, ...filters, cell },
    pause: requalified !== undefined,
  });
  // The tickets behind a figure of the dashboard's requalified table, as many as the figure.
  const [ofTeam, refetchOfTeam] = useQuery({
    query: RequalifiedTicketsQuery,
    variables: { asOf, after, team: requalified ?? 'SI2C' },
    pause: requalified === undefined,
  });
  const { error, fetching } = requalified ? ofTeam : all;
  const tickets = requalified ? ofTeam.data?.requalifiedTickets : all.data?.tickets;
  const refetch = requalified ? refetchOfTeam : refetchAll;
  return (
    <>
      <AsOfTitle title="Tickets d’assistance" />
      {can(session.role, 'openTicket') && (
        <p>
          <Link className="fr-link fr-icon-add-line fr-link--icon-left" to={dated('/tickets/nouveau')}>
            Rédiger un nouveau ticket
          </Link>
        </p>
      )}
      {requalified ? (
        <p>
          <Link to={dated('/tickets')}>Voir tous les tickets, avec leurs filtres</Link>
        </p>
      ) : (
        <TicketFiltersForm />
      )}
      {error && <QueryError error={error} />}
      {!tickets && fetching && <Loading what="des tickets" />}
      {tickets && (
        <>
          <p>
            {requalified
              ? `${tickets.totalCount} ticket(s) reçus par ${requalified} à l’ouverture et requalifiés au plus tard le ${formatDate(asOf)} (demandes ITOP depuis la rentrée)`
              : cell
                ? `${tickets.totalCount} ticket(s) comptés dans cette case du tableau du comité (demandes ITOP depuis la rentrée)`
                : `${tickets.totalCount} ticket(s) au total`}
          </p>
          <TicketList
            tickets={tickets.edges.map((e) => e.node)}
            serverExport={
              requalified
                ? { what: 'requalified-tickets', params: { asOf, team: requalified } }
                : {
                    what: 'tickets-list',
                    params: { asOf, ...filters, cellRow: cell?.row, cellColumn: cell?.column },
                  }
            }
            onConflict={() => refetch({ requestPolicy: 'network-only' })}
          />
          <Pager label="Pages des tickets" pageInfo={tickets.pageInfo} />
        </>
      )}
    </>
  );
}
