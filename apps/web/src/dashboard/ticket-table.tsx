import { Link } from 'react-router';
import { useDatedPath } from '../date/as-of';
import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

/** The URL parameters naming a cell of the table on the tickets page. */
export const CELL_ROW = 'ligne';
export const CELL_COLUMN = 'colonne';

export const TicketTableFragment = graphql(`
  fragment TicketTableFigures on TicketTable {
    from
    asOf
    staleAfterDays
    all {
      total
      national
      si2c
      drasi
    }
    resolved {
      total
      national
      si2c
      drasi
    }
    inProgress {
      total
      national
      si2c
      drasi
    }
    inProgressOverThreshold {
      total
      national
      si2c
      drasi
    }
  }
`);

/** The committee's table of ITOP requests, with the slide's rows and columns. */
export function TicketTable(props: { table: FragmentType<typeof TicketTableFragment> }) {
  const t = getFragmentData(TicketTableFragment, props.table);
  const dated = useDatedPath();
  const rows = [
    { key: 'all', header: 'Tous statuts', row: t.all },
    { key: 'resolved', header: 'Demandes résolues', row: t.resolved },
    { key: 'inProgress', header: 'Demandes en cours', row: t.inProgress },
    {
      key: 'inProgressOverThreshold',
      header: `Demandes en cours de plus de ${t.staleAfterDays}\u00a0j`,
      row: t.inProgressOverThreshold,
    },
  ];
  // Each figure opens the list of the tickets it counts, as of the same day.
  const link = (row: string, column: string, label: string, figure: number) => ({
    text: String(figure),
    node: (
      <Link
        to={dated('/tickets', { [CELL_ROW]: row, [CELL_COLUMN]: column })}
        aria-label={`${figure} : ${label}, voir ces tickets`}
      >
        {figure}
      </Link>
    ),
  });
  const caption = `Demandes d’assistance sur ITOP depuis la rentrée ${t.from.slice(0, 4)} (du ${formatDate(t.from)} au ${formatDate(t.asOf)})`;
  return (
    <DataTable
      caption={caption}
      fileName={`demandes-assistance-${t.asOf}`}
      serverExport={{ what: 'tickets', params: { asOf: t.asOf } }}
      headers={[
        '',
        'Total',
        'Remontées au national',
        'Prise en charge par le SI2C',
        'Prise en charge par la DRASI',
      ]}
      rows={rows.map(({ key, header, row }) => ({
        key,
        header,
        cells: [
          link(key, 'total', `${header}, total`, row.total),
          link(key, 'national', `${header}, remontées au national`, row.national),
          link(key, 'SI2C', `${header}, SI2C`, row.si2c),
          link(key, 'DRASI', `${header}, DRASI`, row.drasi),
        ],
      }))}
    />
  );
}
