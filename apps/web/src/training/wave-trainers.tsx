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
  return (
    <div id={TRAINERS_ANCHOR}>
      <DataTable
        caption={`Formateurs de la vague ${props.waveId} (${trainers.length})`}
        csvName={`formateurs-${props.waveId}`}
        empty="Aucun formateur désigné pour cette vague."
        headers={['Formateur', 'Utilisateur de la vague']}
        rows={trainers.map((t) => ({ key: t.id, header: t.name ?? t.id, cells: [t.fromWave] }))}
      />
    </div>
  );
}
