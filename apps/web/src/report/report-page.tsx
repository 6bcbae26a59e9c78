import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from 'urql';
import { BudgetSummary } from '../dashboard/budget-summary';
import { DifficultyFigure } from '../dashboard/difficulty-figure';
import { DifficultyList, inDifficultyOf } from '../dashboard/difficulty-list';
import { EnvironmentDates } from '../dashboard/environment-dates';
import { KitBuckets } from '../dashboard/kit-buckets';
import { OutsideItopLine } from '../dashboard/outside-itop';
import { TicketTable } from '../dashboard/ticket-table';
import { useAsOf } from '../date/as-of';
import { DifficultyRuleWords } from '../difficulty/rule-words';
import { formatDate, formatLongDate } from '../format/format';
import { graphql } from '../gql';
import { TrackTable } from '../training/track-table';
import { Loading, QueryError } from '../ui/query-state';
import { MilestoneTable } from '../waves/milestone-table';
import { AgenceSection } from './agence-section';
import { ReportDownloads } from './report-downloads';
import { WaveRecall } from './wave-recall';

const ReportQuery = graphql(`
  query CommitteeReportPage($asOf: Date!) {
    committeeReport(asOf: $asOf) {
      asOf
      academie
      currentWaveId
      followedEple
      waves {
        id
        switchDate
        budgetMode
        ...WaveRecallRow
        ...BudgetSummary
        ...KitBuckets
        ...DifficultyFigure
        milestones {
          ...MilestoneRow
        }
      }
      training {
        waveId
        ...TrackTable
      }
      tickets {
        ...TicketTableFigures
      }
      outsideItop {
        ...OutsideItopLine
      }
      difficulty {
        waveId
        ...DifficultyRow
      }
      environments {
        ...EnvironmentDatesText
      }
      agenceRuleViolations {
        uai
        message
      }
    }
    difficultyRule(asOf: $asOf) {
      inForce {
        ...DifficultyRuleWords
      }
    }
  }
`);

/**
 * Rapport du comité: every figure of the committee's slides as of `?date=`, in their order,
 * printable (the navigation is hidden in print) and each table downloadable as CSV.
 */
export default function ReportPage() {
  const [asOf] = useAsOf();
  const [{ data, error, fetching }] = useQuery({ query: ReportQuery, variables: { asOf } });
  if (error) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading what="du rapport" /> : null;
  const report = data.committeeReport;
  const index = report.waves.findIndex((w) => w.id === report.currentWaveId);
  const current = report.waves[index];
  const previous = index > 0 ? report.waves[index - 1] : undefined;
  const next = index >= 0 ? report.waves[index + 1] : undefined;
  const last = report.waves[report.waves.length - 1];
  const training = report.training.find((t) => t.waveId === current?.id);
  return (
    <article className="opale-report" aria-labelledby="rapport-titre">
      <h1 id="rapport-titre" className="fr-h2">
        Comité de suivi relatif au déploiement du logiciel op@le{' '}
        <span className="opale-as-of">au {formatLongDate(report.asOf)}</span>
      </h1>
      <p>{report.academie}</p>
      <Button
        className="opale-no-print"
        iconId="fr-icon-printer-line"
        priority="secondary"
        onClick={() => window.print()}
      >
        Imprimer ou enregistrer en PDF
      </Button>
      <ReportDownloads asOf={report.asOf} />

      <h2 className="fr-h3 fr-mt-4w">Rappel des vagues de déploiement</h2>
      <WaveRecall waves={report.waves} />
      {last && <p>Fin du déploiement d’op@le : {formatDate(last.switchDate)}</p>}

      {previous && <AgenceSection waveId={previous.id} />}

      {current && (
        <section aria-labelledby="vague-courante">
          <h2 id="vague-courante" className="fr-h3">
            Point sur la vague {current.id.replace(/^V/, '')} ({formatDate(current.switchDate)})
          </h2>
          <MilestoneTable waveId={current.id} milestones={current.milestones} />
          <div className="opale-grid">
            <BudgetSummary wave={current} asOfLabel={`à la date du ${formatDate(report.asOf)}`} />
            <KitBuckets wave={current} />
          </div>
          <h3 className="fr-h5">Établissements en difficulté (parmi {report.followedEple} EPLE examinés)</h3>
          <DifficultyFigure wave={current} />
          <DifficultyRuleWords rule={data.difficultyRule.inForce} />
          <DifficultyList
            caption={`EPLE de la vague ${current.id} en difficulté et leurs raisons`}
            eple={report.difficulty.filter((d) => d.waveId === current.id)}
            serverExport={inDifficultyOf(current.id, report.asOf)}
          />
        </section>
      )}

      {next && (
        <section aria-labelledby="vague-suivante">
          <h2 id="vague-suivante" className="fr-h3">
            Préparation de la vague {next.id.replace(/^V/, '')} ({formatDate(next.switchDate)})
          </h2>
          <p>
            {next.budgetMode === 'opale'
              ? 'Budget préparé dans op@le.'
              : 'Les budgets doivent être préparés sous GFC mais en format op@le.'}
          </p>
          <MilestoneTable waveId={next.id} milestones={next.milestones} />
        </section>
      )}

      <section aria-labelledby="formation-rapport">
        <h2 id="formation-rapport" className="fr-h3">
          La formation des utilisateurs
        </h2>
        {training ? (
          <TrackTable summary={training} />
        ) : (
          <p>Aucun plan de formation pour la vague en cours.</p>
        )}
      </section>

      <section aria-labelledby="assistance-rapport">
        <h2 id="assistance-rapport" className="fr-h3">
          L’assistance op@le
        </h2>
        <TicketTable table={report.tickets} />
        <OutsideItopLine line={report.outsideItop} />
      </section>

      <section aria-labelledby="outils-rapport">
        <h2 id="outils-rapport" className="fr-h3">
          Les outils d’accompagnement
        </h2>
        <EnvironmentDates dates={report.environments} />
        {report.agenceRuleViolations.length > 0 && (
          <>
            <h3 className="fr-h5">Règle des agences comptables non respectée</h3>
            <ul>
              {report.agenceRuleViolations.map((v) => (
                <li key={v.uai}>{v.message}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}
