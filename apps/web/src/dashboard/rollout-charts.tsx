import { useQuery } from 'urql';
import { formatDate } from '../format/format';
import { graphql } from '../gql';
import { LineChart, type Series } from '../ui/line-chart';
import { QueryError } from '../ui/query-state';

const RolloutQuery = graphql(`
  query Rollout($waveId: String!, $asOf: Date!) {
    rollout(waveId: $waveId, asOf: $asOf) {
      on
      eple
      budgetsExecutoires
      kitBelow10
      kitFrom10To30
      kitAbove30
      openSi2c
      openDrasi
      openNational
    }
  }
`);

type Week = {
  readonly on: string;
  readonly eple: number;
  readonly budgetsExecutoires: number;
  readonly kitBelow10: number;
  readonly kitFrom10To30: number;
  readonly kitAbove30: number;
  readonly openSi2c: number;
  readonly openDrasi: number;
  readonly openNational: number;
};

interface Chart {
  readonly title: string;
  readonly lines: readonly { label: string; tone: Series['tone']; of: (w: Week) => number }[];
}

const CHARTS: readonly Chart[] = [
  {
    title: 'Budgets exécutoires',
    lines: [
      { label: 'Exécutoires', tone: 'blue', of: (w) => w.budgetsExecutoires },
      { label: 'EPLE de la vague', tone: 'grey', of: (w) => w.eple },
    ],
  },
  {
    title: 'Kit de bascule',
    lines: [
      { label: 'Moins de 10 %', tone: 'red', of: (w) => w.kitBelow10 },
      { label: 'De 10 à 30 %', tone: 'orange', of: (w) => w.kitFrom10To30 },
      { label: 'Plus de 30 %', tone: 'green', of: (w) => w.kitAbove30 },
    ],
  },
  {
    title: 'Tickets ouverts',
    lines: [
      { label: 'SI2C', tone: 'blue', of: (w) => w.openSi2c },
      { label: 'DRASI', tone: 'orange', of: (w) => w.openDrasi },
      { label: 'National', tone: 'grey', of: (w) => w.openNational },
    ],
  },
];

/**
 * A wave's roll-out over the sixteen weeks that end on the day shown: each chart drawn, and the
 * same figures in a table, so that a chart is never the only way to read them.
 */
export function RolloutCharts(props: { waveId: string; asOf: string }) {
  const [{ data, error }] = useQuery({ query: RolloutQuery, variables: props });
  if (error) return <QueryError error={error} />;
  if (!data) return null;
  const weeks = data.rollout;
  const days = weeks.map((w) => w.on);
  return (
    <section aria-labelledby="deroulement-titre" className="fr-mt-4w">
      <h3 id="deroulement-titre" className="fr-h5">
        Semaine après semaine
      </h3>
      <div className="opale-grid">
        {CHARTS.map((chart) => (
          <LineChart
            key={chart.title}
            title={`${chart.title}, vague ${props.waveId}`}
            days={days}
            series={chart.lines.map((l) => ({ label: l.label, tone: l.tone, values: weeks.map(l.of) }))}
          />
        ))}
      </div>
      <details className="fr-mt-2w">
        <summary>Le tableau de ces chiffres, semaine par semaine</summary>
        <div className="fr-table fr-table--no-caption">
          <table>
            <caption>
              Déroulement de la vague {props.waveId}, chaque chiffre au dernier jour de la semaine
            </caption>
            <thead>
              <tr>
                <th scope="col">Au</th>
                {CHARTS.flatMap((c) =>
                  c.lines.map((l) => (
                    <th scope="col" key={`${c.title}-${l.label}`}>
                      {c.title} — {l.label}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.on}>
                  <th scope="row">{formatDate(w.on)}</th>
                  {CHARTS.flatMap((c) =>
                    c.lines.map((l) => <td key={`${c.title}-${l.label}`}>{l.of(w)}</td>),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
