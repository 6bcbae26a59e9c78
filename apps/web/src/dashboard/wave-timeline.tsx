import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { useAsOf, useDatedPath } from '../date/as-of';
import { formatDate, formatMonth, plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { epleFigureCell } from '../schools/eple-figure-link';
import { DataTable } from '../ui/data-table';

export const WaveTimelineFragment = graphql(`
  fragment WaveTimelineItem on WaveFigures {
    id
    switchDate
    switched
    counts {
      plannedCount
      attachedCount
      mismatch
      difference
    }
    attached {
      ...EpleFigureLink
    }
    lateMilestones {
      kind
      label
      dueOn
      daysLate
    }
  }
`);

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The waves on a timeline: EPLE planned and attached (a mismatch is shown, not hidden) and the
 * milestones late as of the day shown; the table below holds the same figures.
 */
export function WaveTimeline(props: {
  waves: FragmentType<typeof WaveTimelineFragment>[];
  selected?: string;
}) {
  const waves = getFragmentData(WaveTimelineFragment, props.waves);
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  return (
    <section aria-labelledby="vagues-titre">
      <h2 id="vagues-titre" className="fr-h4">
        Les vagues de déploiement
      </h2>
      <ol className="opale-timeline" aria-label="Frise des vagues">
        {waves.map((w) => (
          <li
            key={w.id}
            className={`opale-timeline__wave${w.id === props.selected ? ' opale-timeline__wave--selected' : ''}`}
            aria-current={w.id === props.selected ? 'true' : undefined}
          >
            <Link to={dated(`/vagues/${w.id}`)} className="opale-timeline__link">
              <strong>{w.id.replace(/^V/, 'Vague ')}</strong>
              <span>{formatMonth(w.switchDate)}</span>
              <span>
                {w.counts.plannedCount === null
                  ? 'prévus : —'
                  : plural(w.counts.plannedCount, 'EPLE prévu', 'EPLE prévus')}
              </span>
              <span>{plural(w.counts.attachedCount, 'EPLE rattaché', 'EPLE rattachés')}</span>
            </Link>
            {w.counts.mismatch && (
              <Badge severity="warning" small>
                Écart {signed(w.counts.difference ?? 0)}
              </Badge>
            )}
            {w.lateMilestones.length > 0 && (
              <Badge severity="error" small>
                {plural(w.lateMilestones.length, 'jalon en retard', 'jalons en retard')}
              </Badge>
            )}
          </li>
        ))}
      </ol>
      <DataTable
        caption="Vagues : EPLE prévus et rattachés, jalons en retard"
        fileName="vagues"
        serverExport={{ what: 'waves', params: { asOf } }}
        headers={['Vague', 'Bascule', 'EPLE prévus', 'EPLE rattachés', 'Écart', 'Jalons en retard']}
        rows={waves.map((w) => ({
          key: w.id,
          header: { text: w.id, node: <Link to={dated(`/vagues/${w.id}`)}>{w.id}</Link> },
          cells: [
            formatDate(w.switchDate),
            w.counts.plannedCount ?? '—',
            epleFigureCell(w.attached, `EPLE rattachés à la vague ${w.id}`),
            w.counts.mismatch ? signed(w.counts.difference ?? 0) : '—',
            w.lateMilestones.length === 0
              ? 'aucun'
              : w.lateMilestones
                  .map(
                    (m) =>
                      `${m.label} (prévu le ${formatDate(m.dueOn)}, ${plural(m.daysLate, 'jour', 'jours')} de retard)`,
                  )
                  .join(' ; '),
          ],
        }))}
      />
    </section>
  );
}
