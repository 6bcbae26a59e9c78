import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

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
  const rows = [
    { key: 'all', header: 'Tous statuts', row: t.all },
    { key: 'resolved', header: 'Demandes résolues', row: t.resolved },
    { key: 'in-progress', header: 'Demandes en cours', row: t.inProgress },
    {
      key: 'stale',
      header: `Demandes en cours de plus de ${t.staleAfterDays}\u00a0j`,
      row: t.inProgressOverThreshold,
    },
  ];
  const caption = `Demandes d’assistance sur ITOP depuis la rentrée ${t.from.slice(0, 4)} (du ${formatDate(t.from)} au ${formatDate(t.asOf)})`;
  return (
    <DataTable
      caption={caption}
      csvName={`demandes-assistance-${t.asOf}`}
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
        cells: [row.total, row.national, row.si2c, row.drasi],
      }))}
    />
  );
}
