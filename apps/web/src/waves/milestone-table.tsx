import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useAsOf } from '../date/as-of';
import { formatDate, plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

export const MilestoneFragment = graphql(`
  fragment MilestoneRow on Milestone {
    id
    kind
    label
    dueOn
    doneOn
    state
    late
    daysLate
  }
`);

const STATE_LABELS: Record<string, string> = {
  done: 'fait',
  'done-late': 'fait en retard',
  late: 'en retard',
  upcoming: 'à venir',
};

/** The state of a milestone, a late one flagged so that it is seen at once. */
function stateCell(m: { state: string; late: boolean }) {
  const text = STATE_LABELS[m.state] ?? m.state;
  if (!m.late) return text;
  return {
    text,
    node: (
      <Badge severity="error" small>
        {text}
      </Badge>
    ),
  };
}

/** A wave's milestone calendar as of the day shown: which are done, late or to come. */
export function MilestoneTable(props: {
  waveId: string;
  milestones: FragmentType<typeof MilestoneFragment>[];
}) {
  const milestones = getFragmentData(MilestoneFragment, props.milestones);
  const late = milestones.filter((m) => m.late).length;
  const [asOf] = useAsOf();
  return (
    <>
      <DataTable
        caption={`Jalons de la vague ${props.waveId}`}
        fileName={`jalons-${props.waveId}`}
        serverExport={{ what: 'milestones', params: { asOf, wave: props.waveId } }}
        empty="Aucun jalon à cette date."
        headers={['Jalon', 'Prévu le', 'Fait le', 'État', 'Retard']}
        rows={milestones.map((m) => ({
          key: m.id,
          header: m.label,
          cells: [
            formatDate(m.dueOn),
            formatDate(m.doneOn),
            stateCell(m),
            m.daysLate > 0 ? plural(m.daysLate, 'jour', 'jours') : '—',
          ],
        }))}
      />
      {late > 0 && (
        <p className="fr-text--sm">{plural(late, 'jalon en retard', 'jalons en retard')} à cette date.</p>
      )}
    </>
  );
}
