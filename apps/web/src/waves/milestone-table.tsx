import { formatDate, plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

export const MilestoneFragment = graphql(`
  fragment MilestoneRow on Milestone {
    kind
    label
    dueOn
    doneOn
    state
    daysLate
  }
`);

const STATE_LABELS: Record<string, string> = {
  done: 'fait',
  'done-late': 'fait en retard',
  late: 'en retard',
  upcoming: 'à venir',
};

/** A wave's milestone calendar as of the day shown: which are done, late or to come. */
export function MilestoneTable(props: {
  waveId: string;
  milestones: FragmentType<typeof MilestoneFragment>[];
}) {
  const milestones = getFragmentData(MilestoneFragment, props.milestones);
  return (
    <DataTable
      caption={`Jalons de la vague ${props.waveId}`}
      csvName={`jalons-${props.waveId}`}
      headers={['Jalon', 'Prévu le', 'Fait le', 'État', 'Retard']}
      rows={milestones.map((m) => ({
        key: `${m.kind}-${m.dueOn}`,
        header: m.label,
        cells: [
          formatDate(m.dueOn),
          formatDate(m.doneOn),
          STATE_LABELS[m.state] ?? m.state,
          m.daysLate > 0 ? plural(m.daysLate, 'jour', 'jours') : '—',
        ],
      }))}
    />
  );
}
