import { KIT_BUCKET_LABELS } from '@opale/domain';
import { formatInteger } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
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
    }
  }
`);

/** The kit de bascule of a wave: EPLE by share of actions finalized, as a chart and a table. */
export function KitBuckets(props: { wave: FragmentType<typeof KitBucketsFragment> }) {
  const { id, kit } = getFragmentData(KitBucketsFragment, props.wave);
  // The slide's order: the most advanced first.
  const bars = [
    { label: `${KIT_BUCKET_LABELS.above30} des actions finalisées`, value: kit.buckets.above30 },
    { label: `${KIT_BUCKET_LABELS.from10To30} des actions finalisées`, value: kit.buckets.from10To30 },
    { label: `${KIT_BUCKET_LABELS.below10} des actions finalisées`, value: kit.buckets.below10 },
  ];
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
          csvName={`kit-de-bascule-${id}`}
          headers={['Actions finalisées', 'EPLE']}
          rows={bars.map((b) => ({ key: b.label, header: b.label, cells: [b.value] }))}
        />
      </div>
    </section>
  );
}
