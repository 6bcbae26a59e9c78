import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

export const TrainingGroupFragment = graphql(`
  fragment TrainingGroupRow on TrainingGroup {
    id
    size
    track {
      id
      label
    }
    trainers {
      id
      name
      fromWave
    }
  }
`);

/** The groups of a wave's training, each with its pair (binôme) of trainers. */
export function TrainingGroups(props: {
  groups: FragmentType<typeof TrainingGroupFragment>[];
  waveId: string;
  /** The track the groups are narrowed to, if any. */
  track?: string | null;
}) {
  const groups = getFragmentData(TrainingGroupFragment, props.groups);
  return (
    <DataTable
      caption={`Groupes de formation de la vague ${props.waveId}${props.track ? ` (parcours ${props.track})` : ''} et binômes de formateurs`}
      csvName={`groupes-formation-${props.waveId}`}
      empty="Aucun groupe planifié pour cette vague."
      headers={['Groupe', 'Parcours', 'Stagiaires', 'Binôme de formateurs']}
      rows={groups.map((g) => ({
        key: g.id,
        header: g.id,
        cells: [
          g.track.label,
          g.size,
          g.trainers.length === 0
            ? 'à désigner'
            : g.trainers.map((t) => `${t.name ?? t.id} (utilisateur ${t.fromWave})`).join(' et '),
        ],
      }))}
    />
  );
}
