import { Select } from '@codegouvfr/react-dsfr/Select';
import { EPLE_ORDERS, type EpleOrder, isOneOf, KIT_BUCKET_LABELS, type KitBucket } from '@opale/domain';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useAsOf, useDatedPath } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { formatDate, formatDecimal, formatPercent } from '../format/format';
import { graphql } from '../gql';
import { EpleFigureLink } from '../schools/eple-figure-link';
import { DataTable } from '../ui/data-table';
import { Pager } from '../ui/pager';
import { Loading, QueryError } from '../ui/query-state';
import { PAGE_PARAM, useSearchParam } from '../ui/use-search-param';
import { MilestoneEditor } from './milestone-editor';
import { MilestoneTable } from './milestone-table';

const WaveQuery = graphql(`
  query Wave($asOf: Date!, $wave: String!, $after: String, $orderBy: EpleOrder, $inDifficulty: Boolean) {
    waves(asOf: $asOf) {
      id
      switchDate
      budgetMode
      counts {
        plannedCount
      }
      attached {
        ...EpleFigureLink
      }
      milestones {
        ...MilestoneRow
        ...MilestoneEditTarget
      }
    }
    eples(wave: $wave, first: 25, after: $after, orderBy: $orderBy, asOf: $asOf, inDifficulty: $inDifficulty) {
      edges {
        node {
          uai
          name
          kind
          commune
          agenceUai
          kit(asOf: $asOf) {
            rate {
              percent
            }
            bucket
          }
          budget(asOf: $asOf) {
            executoireOn
          }
          difficulty(asOf: $asOf) {
            score
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ORDERS: Record<EpleOrder, string> = {
  name: 'Nom',
  uai: 'UAI',
  difficulty: 'Difficulté (score le plus haut d’abord)',
  kit: 'Kit de bascule (le moins avancé d’abord)',
};

/** Vague: its milestones and its EPLE, page by page, sorted and filtered. */
export default function WavePage() {
  const { id = '' } = useParams();
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  const [sort, setSort] = useSearchParam('tri');
  const [difficulty, setDifficulty] = useSearchParam('difficulte');
  const [after] = useSearchParam(PAGE_PARAM);
  const orderBy = isOneOf(EPLE_ORDERS, sort) ? sort : 'name';
  const inDifficulty = difficulty === '1' ? true : undefined;
  const [{ data, error, fetching }] = useQuery({
    query: WaveQuery,
    variables: { asOf, wave: id, after, orderBy, inDifficulty },
  });
  const wave = data?.waves.find((w) => w.id === id);
  return (
    <>
      <AsOfTitle title={`Vague ${id}`} />
      {error && <QueryError error={error} />}
      {!data && fetching && <Loading what="de la vague" />}
      {data && !wave && <p>La vague {id} n’existe pas.</p>}
      {data && wave && (
        <>
          <p>
            Bascule le {formatDate(wave.switchDate)} —{' '}
            {wave.budgetMode === 'opale'
              ? 'budget préparé dans op@le'
              : 'budget préparé sous GFC au format op@le'}{' '}
            — {wave.counts.plannedCount ?? '—'} EPLE prévus,{' '}
            <EpleFigureLink figure={wave.attached} label={`EPLE rattachés à la vague ${wave.id}`} />{' '}
            rattachés.
          </p>
          <MilestoneTable waveId={wave.id} milestones={wave.milestones} />
          <MilestoneEditor waveId={wave.id} milestones={wave.milestones} />
          <h2 className="fr-h4">Établissements de la vague</h2>
          <div className="opale-filters opale-no-print">
            <Select
              label="Trier par"
              nativeSelectProps={{ value: orderBy, onChange: (e) => setSort(e.currentTarget.value) }}
            >
              {Object.entries(ORDERS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
            <Select
              label="Afficher"
              nativeSelectProps={{
                value: inDifficulty ? '1' : '',
                onChange: (e) => setDifficulty(e.currentTarget.value || null),
              }}
            >
              <option value="">Tous les EPLE</option>
              <option value="1">Les EPLE en difficulté</option>
            </Select>
          </div>
          <DataTable
            caption={`EPLE de la vague ${id}`}
            fileName={`eple-${id}`}
            serverExport={{ what: 'eples-list', params: { asOf, wave: id, orderBy, inDifficulty } }}
            empty="Aucun EPLE."
            headers={[
              'Établissement',
              'UAI',
              'Commune',
              'Agence comptable',
              'Kit de bascule',
              'Budget exécutoire',
              'Difficulté',
            ]}
            rows={data.eples.edges.map(({ node: e }) => ({
              key: e.uai,
              header: { text: e.name, node: <Link to={dated(`/etablissements/${e.uai}`)}>{e.name}</Link> },
              cells: [
                e.uai,
                e.commune,
                e.agenceUai === e.uai ? 'siège' : e.agenceUai,
                `${formatPercent(e.kit.rate.percent)} (${KIT_BUCKET_LABELS[e.kit.bucket as KitBucket] ?? e.kit.bucket})`,
                e.budget.executoireOn ? formatDate(e.budget.executoireOn) : 'non',
                e.difficulty ? `score ${formatDecimal(e.difficulty.score)}` : '—',
              ],
            }))}
          />
          <Pager label="Pages des EPLE" pageInfo={data.eples.pageInfo} />
        </>
      )}
    </>
  );
}
