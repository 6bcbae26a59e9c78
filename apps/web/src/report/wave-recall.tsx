import { useAsOf } from '../date/as-of';
import { formatMonth } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { EpleFigureLink, epleFigureCell } from '../schools/eple-figure-link';
import { DataTable } from '../ui/data-table';

export const WaveRecallFragment = graphql(`
  fragment WaveRecallRow on WaveFigures {
    id
    switchDate
    counts {
      plannedCount
      attachedCount
      mismatch
    }
    attached {
      ...EpleFigureLink
    }
  }
`);

/** The slide "Rappel des vagues": each wave, its month, its EPLE planned and attached. */
export function WaveRecall(props: { waves: FragmentType<typeof WaveRecallFragment>[] }) {
  const waves = getFragmentData(WaveRecallFragment, props.waves);
  const [asOf] = useAsOf();
  return (
    <DataTable
      caption="Vagues de déploiement : EPLE prévus et rattachés"
      fileName="rappel-des-vagues"
      serverExport={{ what: 'waves', params: { asOf } }}
      headers={['Vague', 'Bascule', 'EPLE prévus', 'EPLE rattachés']}
      rows={waves.map((w) => ({
        key: w.id,
        header: w.id.replace(/^V/, 'Vague '),
        cells: [
          formatMonth(w.switchDate),
          w.counts.plannedCount ?? 'non communiqué',
          w.counts.mismatch
            ? {
                text: `${w.counts.attachedCount} (écart)`,
                node: (
                  <>
                    <EpleFigureLink figure={w.attached} label={`EPLE rattachés à la vague ${w.id}`} /> (écart)
                  </>
                ),
              }
            : epleFigureCell(w.attached, `EPLE rattachés à la vague ${w.id}`),
        ],
      }))}
    />
  );
}
