import { BUDGET_STANDING_LABELS, KIT_BUCKET_LABELS } from '@opale/domain';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAsOf, useDatedPath } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { formatDate, plural } from '../format/format';
import { graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { Pager } from '../ui/pager';
import { Loading, QueryError } from '../ui/query-state';
import { Choice } from '../ui/url-choice';
import { PAGE_PARAM, useSearchParam } from '../ui/use-search-param';
import { epleListFilterText } from './eple-list-filter-text';
import { BUDGET_SLUGS, EPLE_LIST_PARAMS, KIT_BUCKET_SLUGS, useEpleListFilter } from './eple-list-params';

const EplesQuery = graphql(`
  query EpleList(
    $asOf: Date!
    $after: String
    $wave: String
    $kitBucket: KitBucket
    $budget: BudgetStanding
    $inDifficulty: Boolean
  ) {
    waves(asOf: $asOf) {
      id
    }
    eples(
      asOf: $asOf
      first: 20
      after: $after
      wave: $wave
      kitBucket: $kitBucket
      budget: $budget
      inDifficulty: $inDifficulty
    ) {
      totalCount
      edges {
        node {
          uai
          name
          commune
          waveId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const relabel = <K extends string>(slugs: Record<K, string>, labels: Record<K, string>) =>
  Object.fromEntries((Object.keys(slugs) as K[]).map((k) => [slugs[k], labels[k]]));

/**
 * Établissements: the EPLE as of the day shown, filtered by the URL (`?vague=&kit=&budget=&difficulte=`)
 * as each figure of the dashboard and the report links to them: the count is the figure's.
 */
export default function EpleListPage() {
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  const filter = useEpleListFilter();
  const [after] = useSearchParam(PAGE_PARAM);
  const [{ data, error, fetching }] = useQuery({ query: EplesQuery, variables: { asOf, after, ...filter } });
  return (
    <>
      <AsOfTitle title="Établissements" />
      <form
        className="opale-filters opale-no-print"
        aria-label="Filtres des établissements"
        onSubmit={(e) => e.preventDefault()}
      >
        <Choice
          label="Vague"
          name={EPLE_LIST_PARAMS.wave}
          all="Toutes"
          labels={Object.fromEntries((data?.waves ?? []).map((w) => [w.id, w.id]))}
        />
        <Choice
          label="Kit de bascule"
          name={EPLE_LIST_PARAMS.kitBucket}
          labels={relabel(KIT_BUCKET_SLUGS, KIT_BUCKET_LABELS)}
        />
        <Choice
          label="Budget"
          name={EPLE_LIST_PARAMS.budget}
          labels={relabel(BUDGET_SLUGS, BUDGET_STANDING_LABELS)}
        />
        <Choice
          label="Difficulté"
          name={EPLE_LIST_PARAMS.inDifficulty}
          labels={{ '1': 'en difficulté', '0': 'pas en difficulté' }}
        />
      </form>
      {error && <QueryError error={error} />}
      {!data && fetching && <Loading what="des établissements" />}
      {data && (
        <>
          <p role="status">
            <strong>{plural(data.eples.totalCount, 'EPLE', 'EPLE')}</strong> {epleListFilterText(filter)} au{' '}
            {formatDate(asOf)}
          </p>
          <DataTable
            caption={`Établissements (${plural(data.eples.edges.length, 'EPLE', 'EPLE')} sur cette page)`}
            fileName="etablissements"
            serverExport={{ what: 'eples-list', params: { asOf, ...filter } }}
            empty="Aucun établissement ne correspond à ces filtres à cette date."
            headers={['Établissement', 'UAI', 'Commune', 'Vague']}
            rows={data.eples.edges.map(({ node: e }) => ({
              key: e.uai,
              header: { text: e.name, node: <Link to={dated(`/etablissements/${e.uai}`)}>{e.name}</Link> },
              cells: [e.uai, e.commune, e.waveId],
            }))}
          />
          <Pager label="Pages des établissements" pageInfo={data.eples.pageInfo} />
        </>
      )}
    </>
  );
}
