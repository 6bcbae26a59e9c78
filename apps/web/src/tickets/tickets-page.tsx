import { can } from '@opale/domain';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { useAsOf, useDatedPath } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { graphql } from '../gql';
import { Pager } from '../ui/pager';
import { Loading, QueryError } from '../ui/query-state';
import { PAGE_PARAM, useSearchParam } from '../ui/use-search-param';
import { TicketFiltersForm, useTicketCell, useTicketFilters } from './ticket-filters';
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

/** Tickets: the list as of the day shown, filtered, with what each lacks and the team's actions. */
export default function TicketsPage() {
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  const session = useSession();
  const filters = useTicketFilters();
  const cell = useTicketCell();
  const [after] = useSearchParam(PAGE_PARAM);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: TicketsQuery,
    variables: { asOf, after, ...filters, cell },
  });
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
      <TicketFiltersForm />
      {error && <QueryError error={error} />}
      {!data && fetching && <Loading what="des tickets" />}
      {data && (
        <>
          <p>
            {cell
              ? `${data.tickets.totalCount} ticket(s) comptés dans cette case du tableau du comité (demandes ITOP depuis la rentrée)`
              : `${data.tickets.totalCount} ticket(s) au total`}
          </p>
          <TicketList
            tickets={data.tickets.edges.map((e) => e.node)}
            onConflict={() => refetch({ requestPolicy: 'network-only' })}
          />
          <Pager label="Pages des tickets" pageInfo={data.tickets.pageInfo} />
        </>
      )}
    </>
  );
}
