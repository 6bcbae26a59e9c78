import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

export const MilestoneHistoryFragment = graphql(`
  fragment MilestoneHistoryOf on Milestone {
    id
    history {
      on
      label
      dueOn
      doneOn
      recordedBy
    }
  }
`);

/** Every change of a milestone, in the order recorded, each counting from the day it was decided. */
export function MilestoneHistory(props: { milestone: FragmentType<typeof MilestoneHistoryFragment> }) {
  const milestone = getFragmentData(MilestoneHistoryFragment, props.milestone);
  return (
    <DataTable
      caption={`Historique du jalon ${milestone.id}`}
      fileName={`historique-jalon-${milestone.id}`}
      serverExport={{ what: 'milestone-history', params: { id: milestone.id } }}
      headers={['Décidé le', 'Libellé', 'Prévu le', 'Fait le', 'Enregistré par']}
      rows={milestone.history.map((c, i) => ({
        key: `${milestone.id}-${i}`,
        header: c.on ? formatDate(c.on) : 'dès l’origine',
        cells: [c.label, formatDate(c.dueOn), formatDate(c.doneOn), c.recordedBy],
      }))}
    />
  );
}
