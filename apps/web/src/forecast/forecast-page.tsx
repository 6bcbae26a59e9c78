import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from 'urql';
import { useAsOf } from '../date/as-of';
import { AsOfTitle } from '../date/date-selector';
import { formatDate, formatDecimal, plural } from '../format/format';
import { graphql } from '../gql';
import { Loading, QueryError } from '../ui/query-state';
import { useSearchParam } from '../ui/use-search-param';
import { WaveChoicesQuery } from '../waves/wave-choices';
import { BackTestSummary } from './back-test';
import { ForecastChart } from './forecast-chart';
import { ForecastTable } from './forecast-table';

const ForecastQuery = graphql(`
  query AssistanceForecastPage($asOf: Date!, $wave: String!) {
    assistanceForecast(waveId: $wave, asOf: $asOf) {
      __typename
      ... on NoForecast {
        reason
      }
      ... on AssistanceForecast {
        waveId
        switchDate
        epleCount
        epleFromPlan
        kindsWithoutHistory
        dispersion
        weeks {
          offset
          from
          to
          basedOn
          forecast {
            si2c { expected low high }
            drasi { expected low high }
            all { expected low high }
          }
          actual { si2c drasi all }
        }
        backTest {
          mape
          coverage
          waves { waveId asOf cells nonZeroCells mape coverage }
        }
      }
    }
  }
`);

const TEAMS = { tout: 'Toutes équipes', si2c: 'SI2C', drasi: 'DRASI' } as const;
type TeamKey = keyof typeof TEAMS;
const SERIES = { tout: 'all', si2c: 'si2c', drasi: 'drasi' } as const;

const NO_FORECAST: Record<string, string> = {
  unknownWave: 'Cette vague n’existe pas.',
  noEple: 'Cette vague n’a ni EPLE rattaché ni nombre annoncé : il n’y a rien à prévoir.',
  noHistory:
    'Aucune vague d’avant n’a de tickets connus autour de sa bascule à cette date : il n’y a pas d’expérience dont tirer une prévision.',
};

/** The first wave still to switch as of `asOf`, or the last one. */
function nextWave(waves: readonly { id: string; switchDate: string }[], asOf: string): string | undefined {
  return (waves.find((w) => w.switchDate > asOf) ?? waves.at(-1))?.id;
}

/** Prévision: the assistance load expected for an upcoming wave, from the past waves' tickets. */
export default function ForecastPage() {
  const [asOf] = useAsOf();
  const [chosenWave, chooseWave] = useSearchParam('vague');
  const [chosenTeam, chooseTeam] = useSearchParam('equipe');
  const team: TeamKey = chosenTeam && chosenTeam in TEAMS ? (chosenTeam as TeamKey) : 'tout';
  const [waves] = useQuery({ query: WaveChoicesQuery, variables: { asOf } });
  const wave = chosenWave ?? (waves.data ? nextWave(waves.data.waves, asOf) : undefined);
  const [{ data, error, fetching }] = useQuery({
    query: ForecastQuery,
    variables: { asOf, wave: wave ?? '' },
    pause: wave === undefined,
  });
  const forecast = data?.assistanceForecast;
  return (
    <>
      <AsOfTitle title="Prévision de la charge d’assistance" />
      <p>
        Les tickets attendus chaque semaine, de quatre semaines avant la bascule à douze semaines après, tirés
        des tickets par EPLE de chaque type qu’ont eus les vagues passées autour de leur propre bascule. Seuls
        les enregistrements connus à la date choisie comptent.
      </p>
      {(waves.error ?? error) && <QueryError error={(waves.error ?? error) as NonNullable<typeof error>} />}
      {(waves.fetching || fetching) && !forecast && <Loading what="de la prévision" />}
      {waves.data && wave && (
        <div className="fr-grid-row fr-grid-row--gutters opale-no-print">
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Vague"
              nativeSelectProps={{ value: wave, onChange: (e) => chooseWave(e.currentTarget.value) }}
            >
              {waves.data.waves.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.id} — bascule le {formatDate(w.switchDate)}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label="Équipe"
              nativeSelectProps={{ value: team, onChange: (e) => chooseTeam(e.currentTarget.value) }}
            >
              {Object.entries(TEAMS).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
        </div>
      )}
      {forecast?.__typename === 'NoForecast' && (
        <Alert severity="info" small description={NO_FORECAST[forecast.reason] ?? 'Pas de prévision.'} />
      )}
      {forecast?.__typename === 'AssistanceForecast' && (
        <>
          <p>
            {forecast.waveId} bascule le {formatDate(forecast.switchDate)} avec{' '}
            {plural(forecast.epleCount, 'EPLE', 'EPLE')}
            {forecast.epleFromPlan ? ' annoncés (ses EPLE ne sont pas encore rattachés)' : ''}.
            {forecast.kindsWithoutHistory.length > 0 &&
              ` Types d’EPLE sans précédent, prévus au taux de tous les types : ${forecast.kindsWithoutHistory.join(', ')}.`}
            {forecast.dispersion > 1 &&
              ` Les vagues passées varient ${formatDecimal(Math.round(forecast.dispersion * 10) / 10)} fois plus que le hasard : les intervalles sont élargis d’autant.`}
          </p>
          <ForecastChart
            title={`Tickets par semaine, ${TEAMS[team]}, ${forecast.waveId}`}
            weeks={forecast.weeks.map((w) => {
              const f = w.forecast?.[SERIES[team]];
              return {
                offset: w.offset,
                from: w.from,
                expected: f?.expected ?? null,
                low: f?.low ?? null,
                high: f?.high ?? null,
                actual: w.actual?.[SERIES[team]] ?? null,
              };
            })}
          />
          <h2 className="fr-h4 fr-mt-4w">Semaine par semaine</h2>
          <ForecastTable weeks={forecast.weeks} waveId={forecast.waveId} />
          <h2 className="fr-h4 fr-mt-4w">Justesse de la méthode</h2>
          <BackTestSummary backTest={forecast.backTest} />
        </>
      )}
    </>
  );
}
