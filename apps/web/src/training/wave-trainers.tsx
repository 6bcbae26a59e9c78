import { useAsOf } from '../date/as-of';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

export const WaveTrainerRowFragment = graphql(`
  fragment WaveTrainerRow on Trainer {
    id
    name
    fromWave
  }
`);

/** The anchor of the trainers' table on the training page, where the count of trainers leads. */
export const TRAINERS_ANCHOR = 'formateurs';

/** The trainers of a wave's groups, each once: as many as the track table's count of trainers. */
export function WaveTrainers(props: {
  trainers: FragmentType<typeof WaveTrainerRowFragment>[];
  waveId: string;
}) {
  const trainers = getFragmentData(WaveTrainerRowFragment, props.trainers);
  const [asOf] = useAsOf();
  return (
    <div id={TRAINERS_ANCHOR}>
      <DataTable
        caption={`Formateurs de la vague ${props.waveId} (${trainers.length})`}
        fileName={`formateurs-${props.waveId}`}
        serverExport={{ what: 'training-trainers', params: { wave: props.waveId, asOf } }}
        empty="Aucun formateur désigné pour cette vague."
        headers={['Formateur', 'Utilisateur de la vague']}
        rows={trainers.map((t) => ({ key: t.id, header: t.name ?? t.id, cells: [t.fromWave] }))}
      />
    </div>
  );
}
