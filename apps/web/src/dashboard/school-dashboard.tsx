import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAsOf, useDatedPath } from '../date/as-of';
import { formatDate, formatPercent } from '../format/format';
import { graphql } from '../gql';
import { DataTable } from '../ui/data-table';
import { Loading, QueryError } from '../ui/query-state';
import { EnvironmentDates } from './environment-dates';
import { WaveTimeline } from './wave-timeline';

const SchoolDashboardQuery = graphql(`
  query SchoolDashboard($asOf: Date!) {
    waves(asOf: $asOf) {
      id
      ...WaveTimelineItem
    }
    environments(day: $asOf) {
      ...EnvironmentDatesText
    }
    eples(first: 20, orderBy: name, asOf: $asOf) {
      edges {
        node {
          uai
          name
          commune
          waveId
          kit(asOf: $asOf) {
            finalized
            total
            rate {
              percent
            }
          }
          budget(asOf: $asOf) {
            exercise
            executoireOn
          }
        }
      }
    }
  }
`);

/** A school user's dashboard: the waves, and where their own schools stand. */
export function SchoolDashboard() {
  const [asOf] = useAsOf();
  const dated = useDatedPath();
  const [{ data, error, fetching }] = useQuery({ query: SchoolDashboardQuery, variables: { asOf } });
  if (error) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading what="du tableau de bord" /> : null;
  const schools = data.eples.edges.map((e) => e.node);
  return (
    <>
      <EnvironmentDates dates={data.environments} />
      <section aria-labelledby="mes-etablissements">
        <h2 id="mes-etablissements" className="fr-h4">
          Mes établissements
        </h2>
        <DataTable
          caption="Mes établissements : kit de bascule et budget"
          fileName={`mes-etablissements-${asOf}`}
          serverExport={{ what: 'eples-list', params: { asOf, orderBy: 'name' } }}
          headers={['Établissement', 'Vague', 'Kit de bascule', 'Budget exécutoire']}
          rows={schools.map((s) => ({
            key: s.uai,
            header: {
              text: s.name,
              node: <Link to={dated(`/etablissements/${s.uai}`)}>{s.name}</Link>,
            },
            cells: [
              s.waveId,
              `${s.kit.finalized} / ${s.kit.total} actions (${formatPercent(s.kit.rate.percent)})`,
              s.budget.executoireOn
                ? `${s.budget.exercise} : exécutoire le ${formatDate(s.budget.executoireOn)}`
                : `${s.budget.exercise} : pas encore exécutoire`,
            ],
          }))}
        />
      </section>
      <WaveTimeline waves={data.waves} />
    </>
  );
}
