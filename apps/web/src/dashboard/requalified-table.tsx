import { Link } from 'react-router';
import { useDatedPath } from '../date/as-of';
import { formatDate, formatPercent } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

/** The URL parameter that lists, on the tickets page, the requalified tickets of a team. */
export const REQUALIFIED_PARAM = 'requalifie';

export const RequalifiedShareFragment = graphql(`
  fragment RequalifiedShareRow on RequalifiedShare {
    team
    figure
    rate {
      denominator
      percent
    }
  }
`);

/**
 * The share of requalified tickets per team as of the day: of the ITOP requests of the committee's
 * table first given to a team, those requalified at least once; each figure opens its tickets.
 */
export function RequalifiedTable(props: {
  shares: readonly FragmentType<typeof RequalifiedShareFragment>[];
  from: string;
  asOf: string;
}) {
  const shares = getFragmentData(RequalifiedShareFragment, props.shares);
  const dated = useDatedPath();
  return (
    <DataTable
      caption={`Tickets requalifiés au ${formatDate(props.asOf)}, par équipe qui les a reçus à l’ouverture (demandes ITOP depuis le ${formatDate(props.from)})`}
      fileName={`tickets-requalifies-${props.asOf}`}
      serverExport={{ what: 'requalified', params: { asOf: props.asOf } }}
      headers={['Équipe', 'Tickets reçus', 'Requalifiés', 'Part requalifiée']}
      rows={shares.map((s) => ({
        key: s.team,
        header: s.team,
        cells: [
          s.rate.denominator,
          {
            text: String(s.figure),
            node: (
              <Link
                to={dated('/tickets', { [REQUALIFIED_PARAM]: s.team, date: props.asOf })}
                aria-label={`${s.figure} : tickets reçus par ${s.team} et requalifiés, voir ces tickets`}
              >
                {s.figure}
              </Link>
            ),
          },
          formatPercent(s.rate.percent),
        ],
      }))}
    />
  );
}
