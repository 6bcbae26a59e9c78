import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const GroupLackingPairFragment = graphql(`
  fragment GroupLackingPair on TrainingGroup {
    id
    missingTrainers
    track {
      id
      label
    }
  }
`);

const missing = (n: number) => (n === 1 ? 'il manque un formateur' : `il manque ${n} formateurs`);

/**
 * The groups of a wave without a full pair of trainers, named: not enough volunteers available
 * for the wave who can lead their track. Nothing is shown when every group has its pair.
 */
export function GroupsLackingPair(props: {
  groups: readonly FragmentType<typeof GroupLackingPairFragment>[];
  waveId: string;
}) {
  const groups = getFragmentData(GroupLackingPairFragment, props.groups);
  if (groups.length === 0) return null;
  const title =
    groups.length === 1
      ? `Un groupe de la vague ${props.waveId} n’a pas de binôme complet`
      : `${groups.length} groupes de la vague ${props.waveId} n’ont pas de binôme complet`;
  return (
    <Alert
      severity="warning"
      title={title}
      className="fr-mb-3w"
      description={
        <>
          <ul aria-label="Groupes sans binôme complet">
            {groups.map((g) => (
              <li key={g.id}>
                {g.id} ({g.track.label}) : {missing(g.missingTrainers)}
              </li>
            ))}
          </ul>
          <p className="fr-text--sm fr-mb-0">
            Ajoutez des formateurs disponibles pour cette vague et pouvant animer ces parcours, puis planifiez
            de nouveau.
          </p>
        </>
      }
    />
  );
}
