import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { DataTable } from '../ui/data-table';

export const RuleHistoryFragment = graphql(`
  fragment DifficultyRuleHistoryRow on DifficultyRule {
    effectiveOn
    words
    recordedBy
    recordedAt
    reason
  }
`);

/** Every rule recorded, oldest first: from when, what, who, why. */
export function DifficultyRuleHistory(props: { history: FragmentType<typeof RuleHistoryFragment>[] }) {
  const history = getFragmentData(RuleHistoryFragment, props.history);
  return (
    <DataTable
      caption="Historique des règles de difficulté"
      fileName="regles-de-difficulte"
      serverExport={{ what: 'difficulty-rules' }}
      empty="Aucune règle enregistrée : la règle par défaut s’applique depuis le début."
      headers={['En vigueur à partir du', 'Règle', 'Enregistrée par', 'Le', 'Motif']}
      rows={history.map((r, i) => ({
        key: `${r.effectiveOn}-${r.recordedAt ?? i}`,
        header: r.effectiveOn ? formatDate(r.effectiveOn) : '—',
        cells: [
          r.words,
          r.recordedBy ?? '—',
          r.recordedAt ? formatDate(r.recordedAt.slice(0, 10)) : '—',
          r.reason ?? '—',
        ],
      }))}
    />
  );
}
