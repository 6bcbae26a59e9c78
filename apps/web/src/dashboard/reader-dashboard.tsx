import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from 'urql';
import { useAsOf } from '../date/as-of';
import { DifficultyRuleWords } from '../difficulty/rule-words';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import { Loading, QueryError } from '../ui/query-state';
import { useSearchParam } from '../ui/use-search-param';
import { BudgetSummary } from './budget-summary';
import { DifficultyFigure } from './difficulty-figure';
import { DifficultyList, inDifficultyOf } from './difficulty-list';
import { EnvironmentDates } from './environment-dates';
import { KitBuckets } from './kit-buckets';
import { OutsideItopLine } from './outside-itop';
import { RequalifiedTable } from './requalified-table';
import { RolloutCharts } from './rollout-charts';
import { TicketTable } from './ticket-table';
import { WaveTimeline } from './wave-timeline';

const DashboardQuery = graphql(`
  query Dashboard($asOf: Date!) {
    committeeReport(asOf: $asOf) {
      asOf
      academie
      currentWaveId
      waves {
        id
        ...WaveTimelineItem
        ...BudgetSummary
        ...KitBuckets
        ...DifficultyFigure
        difficulty {
          uai
          ...DifficultyRow
        }
      }
      tickets {
        from
        ...TicketTableFigures
      }
      requalified {
        team
        ...RequalifiedShareRow
      }
      outsideItop {
        ...OutsideItopLine
      }
      environments {
        ...EnvironmentDatesText
      }
    }
    difficultyRule(asOf: $asOf) {
      inForce {
        ...DifficultyRuleWords
      }
    }
  }
`);

/** The wave shown when none is chosen: the report's current wave, else V6. */
const DEFAULT_WAVE = 'V6';

/** The committee's figures as of the day shown, for the selected wave (`?vague=`). */
export function ReaderDashboard() {
  const [asOf] = useAsOf();
  const [chosenWave, chooseWave] = useSearchParam('vague');
  const [{ data, error, fetching }] = useQuery({ query: DashboardQuery, variables: { asOf } });
  if (error) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading what="du tableau de bord" /> : null;
  const report = data.committeeReport;
  const waveId = chosenWave ?? report.currentWaveId ?? DEFAULT_WAVE;
  const wave = report.waves.find((w) => w.id === waveId);
  return (
    <>
      <p className="fr-text--sm">{report.academie}</p>
      <EnvironmentDates dates={report.environments} />
      <WaveTimeline waves={report.waves} selected={waveId} />
      <Select
        className="opale-no-print fr-mt-4w"
        label="Vague détaillée"
        nativeSelectProps={{ value: waveId, onChange: (e) => chooseWave(e.currentTarget.value) }}
      >
        {report.waves.map((w) => (
          <option key={w.id} value={w.id}>
            {w.id}
            {w.id === report.currentWaveId ? ' (vague en cours)' : ''}
          </option>
        ))}
      </Select>
      {wave ? (
        <section aria-labelledby="vague-titre">
          <h2 id="vague-titre" className="fr-h4">
            Point sur la vague {wave.id.replace(/^V/, '')}
          </h2>
          <div className="opale-grid">
            <BudgetSummary wave={wave} asOfLabel={`au ${formatDate(asOf)}`} />
            <KitBuckets wave={wave} />
          </div>
          <RolloutCharts waveId={wave.id} asOf={asOf} />
          <h3 className="fr-h5">EPLE en difficulté</h3>
          <DifficultyFigure wave={wave} />
          <DifficultyRuleWords rule={data.difficultyRule.inForce} />
          <DifficultyList
            caption={`EPLE de la vague ${wave.id} en difficulté et leurs raisons`}
            eple={wave.difficulty}
            serverExport={inDifficultyOf(wave.id, asOf)}
          />
        </section>
      ) : (
        <p>La vague {waveId} n’existe pas dans les données.</p>
      )}
      <section aria-labelledby="assistance-titre">
        <h2 id="assistance-titre" className="fr-h4">
          L’assistance op@le
        </h2>
        <TicketTable table={report.tickets} />
        <OutsideItopLine line={report.outsideItop} />
        <RequalifiedTable shares={report.requalified} from={report.tickets.from} asOf={report.asOf} />
      </section>
    </>
  );
}
