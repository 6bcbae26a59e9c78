import { Link } from 'react-router';
import { useAsOf, useDatedPath } from '../date/as-of';
import { formatDecimal, formatInteger } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { type Cell, DataTable } from '../ui/data-table';
import { TRAINERS_ANCHOR } from './wave-trainers';

export const TrackTableFragment = graphql(`
  fragment TrackTable on TrainingSummary {
    waveId
    tracks {
      trackId
      label
      grouped
      staff
      groups
      pairs
      trainers
      presentialDays
      remoteHours
    }
    totals {
      staff
      groups
      pairs
      trainers
    }
  }
`);

/** The URL parameter of the training page that narrows its groups to one track. */
export const TRACK_PARAM = 'parcours';

const days = (d: number) => (d === 0 ? '—' : `${formatDecimal(d)}\u00a0j`);
const hours = (h: number) => (h === 0 ? '—' : `${formatDecimal(h)}\u00a0h`);

/** The tracks (parcours) of a wave's training, as the slides list them, with the totals. */
export function TrackTable(props: { summary: FragmentType<typeof TrackTableFragment> }) {
  const s = getFragmentData(TrackTableFragment, props.summary);
  const dated = useDatedPath();
  const [asOf] = useAsOf();
  // A count of groups opens the groups it counts, on the training page.
  const link = (figure: number, label: string, to: string): Cell => ({
    text: String(figure),
    node: (
      <Link to={to} aria-label={`${figure} : ${label}`}>
        {figure}
      </Link>
    ),
  });
  const groupsLink = (figure: number, label: string, track?: string) =>
    link(
      figure,
      `${label}, voir ces groupes`,
      dated('/formation', { vague: s.waveId, ...(track ? { [TRACK_PARAM]: track } : {}) }),
    );
  return (
    <DataTable
      caption={`Parcours de formation de la vague ${s.waveId}`}
      fileName={`formation-${s.waveId}`}
      serverExport={{ what: 'training-tracks', params: { wave: s.waveId, asOf } }}
      headers={['Parcours', 'Personnels', 'Groupes', 'Binômes', 'Formateurs', 'Présentiel', 'À distance']}
      rows={[
        ...s.tracks.map((t) => ({
          key: t.trackId,
          header: `${t.label} (${t.trackId})`,
          cells: [
            formatInteger(t.staff),
            t.grouped ? groupsLink(t.groups, `groupes du parcours ${t.trackId}`, t.trackId) : 'sans groupe',
            t.grouped ? t.pairs : '—',
            t.grouped ? t.trainers : '—',
            days(t.presentialDays),
            hours(t.remoteHours),
          ],
        })),
        {
          key: 'total',
          header: 'Total',
          cells: [
            formatInteger(s.totals.staff),
            groupsLink(s.totals.groups, `groupes de la vague ${s.waveId}`),
            s.totals.pairs,
            link(
              s.totals.trainers,
              `formateurs de la vague ${s.waveId}, voir ces formateurs`,
              `${dated('/formation', { vague: s.waveId })}#${TRAINERS_ANCHOR}`,
            ),
            '',
            '',
          ],
        },
      ]}
    />
  );
}
