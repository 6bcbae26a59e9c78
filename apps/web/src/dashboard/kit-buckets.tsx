import { KIT_BUCKET_LABELS } from '@opale/domain';
import { useAsOf } from '../date/as-of';
import { formatInteger } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { epleFigureCell } from '../schools/eple-figure-link';
import { BarChart } from '../ui/bar-chart';
import { DataTable } from '../ui/data-table';

export const KitBucketsFragment = graphql(`
  fragment KitBuckets on WaveFigures {
    id
    kit {
      eple
      actions
      buckets {
        below10
        from10To30
        above30
      }
      figures {
        kitBucket
        ...EpleFigureLink
      }
    }
  }
`);

/** The kit de bascule of a wave: EPLE by share of actions finalized, as a chart and a table. */
export function KitBuckets(props: { wave: FragmentType<typeof KitBucketsFragment> }) {
  const { id, kit } = getFragmentData(KitBucketsFragment, props.wave);
  const [asOf] = useAsOf();
  // The slide's order: the most advanced first.
  const bars = (['above30', 'from10To30', 'below10'] as const).map((bucket) => ({
    bucket,
    label: `${KIT_BUCKET_LABELS[bucket]} des actions finalisées`,
    value: kit.buckets[bucket],
    figure: kit.figures.find((f) => f.kitBucket === bucket),
  }));
  const title = `Kit de bascule ${id}`;
  return (
    <section aria-labelledby="kit-titre" className="opale-card">
      <h3 id="kit-titre" className="fr-h5">
        {title}
      </h3>
      <p className="fr-text--sm">
        {formatInteger(kit.eple)} EPLE, {formatInteger(kit.actions)} actions au kit.
      </p>
      <div className="opale-chart-and-table">
        <BarChart title={`${title} : EPLE par part des actions finalisées`} bars={bars} unit="EPLE" />
        <DataTable
          caption={`${title} : EPLE par part des actions finalisées`}
          fileName={`kit-de-bascule-${id}`}
          serverExport={{ what: 'kit', params: { asOf, wave: id } }}
          headers={['Actions finalisées', 'EPLE']}
          rows={bars.map((b) => ({
            key: b.bucket,
            header: b.label,
            // Each figure opens the list of the EPLE it counts, as of the same day.
            cells: [b.figure ? epleFigureCell(b.figure, `EPLE de la vague ${id} à ${b.label}`) : b.value],
          }))}
        />
      </div>
    </section>
  );
}
