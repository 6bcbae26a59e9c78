import { useAsOf } from '../date/as-of';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { TrainingGroupRowFragment } from '../gql/graphql';
import { DataTable } from '../ui/data-table';

export const TrainingGroupFragment = graphql(`
  fragment TrainingGroupRow on TrainingGroup {
    id
    size
    missingTrainers
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

// The pair's names, and what the group still lacks when it has no full pair.
function pairText(g: TrainingGroupRowFragment): string {
  const names = g.trainers.map((t) => `${t.name ?? t.id} (utilisateur ${t.fromWave})`).join(' et ');
  if (g.missingTrainers === 0) return names;
  const lacking = g.missingTrainers === 1 ? 'il manque un formateur' : 'aucun formateur disponible';
  return names === '' ? `à désigner : ${lacking}` : `${names} ; ${lacking}`;
}

/** The groups of a wave's training, each with its pair (binôme) of trainers. */
export function TrainingGroups(props: {
  groups: FragmentType<typeof TrainingGroupFragment>[];
  waveId: string;
  /** The track the groups are narrowed to, if any. */
  track?: string | null;
}) {
  const groups = getFragmentData(TrainingGroupFragment, props.groups);
  const [asOf] = useAsOf();
  return (
    <DataTable
      caption={`Groupes de formation de la vague ${props.waveId}${props.track ? ` (parcours ${props.track})` : ''} et binômes de formateurs`}
      fileName={`groupes-formation-${props.waveId}`}
      serverExport={{ what: 'training-groups', params: { wave: props.waveId, asOf, track: props.track } }}
      empty="Aucun groupe planifié pour cette vague."
      headers={['Groupe', 'Parcours', 'Stagiaires', 'Binôme de formateurs']}
      rows={groups.map((g) => ({
        key: g.id,
        header: g.id,
        cells: [g.track.label, g.size, pairText(g)],
      }))}
    />
  );
}
