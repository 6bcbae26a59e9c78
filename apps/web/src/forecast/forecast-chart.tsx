import { formatDate, formatDecimal } from '../format/format';
import { ChartFigure } from '../ui/chart-figure';

/** One week of the chart: the interval and the expected count, what happened once known. */
export interface ChartWeek {
  readonly offset: number;
  readonly from: string;
  readonly expected: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly actual: number | null;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

/**
 * The forecast drawn in plain SVG: the 80 % interval as a band, the expected count as a dashed
 * line, what happened as a solid line with points once the week is over. One image for assistive
 * technologies, named by what it shows; the table below carries every figure.
 */
export function ForecastChart(props: { title: string; weeks: readonly ChartWeek[] }) {
  const { weeks } = props;
  const top = Math.max(1, ...weeks.flatMap((w) => [w.high ?? 0, w.actual ?? 0]));
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(1, weeks.length - 1);
  const y = (v: number) => PAD.top + (1 - v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const known = weeks.map((w, i) => ({ w, i })).filter(({ w }) => w.expected !== null);
  const band = [
    ...known.map(({ w, i }) => `${x(i)},${y(w.high ?? 0)}`),
    ...[...known].reverse().map(({ w, i }) => `${x(i)},${y(w.low ?? 0)}`),
  ].join(' ');
  const expected = known.map(({ w, i }) => `${x(i)},${y(w.expected ?? 0)}`).join(' ');
  const happened = weeks.map((w, i) => ({ w, i })).filter(({ w }) => w.actual !== null);
  const actual = happened.map(({ w, i }) => `${x(i)},${y(w.actual ?? 0)}`).join(' ');
  const zero = weeks.findIndex((w) => w.offset === 0);
  const ticks = [0, Math.round(top / 2), Math.ceil(top)];
  const summary = `${props.title} : de ${formatDecimal(Math.min(...known.map(({ w }) => w.expected ?? 0)))} à ${formatDecimal(
    Math.max(0, ...known.map(({ w }) => w.expected ?? 0)),
  )} tickets attendus par semaine${happened.length > 0 ? `, ${happened.length} semaines déjà connues` : ''}. Le tableau donne chaque semaine.`;
  return (
    <ChartFigure
      className="opale-forecast"
      title={props.title}
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      after={
        <p className="fr-text--xs fr-mb-0" aria-hidden="true">
          Bande : intervalle à 80 % · tirets : nombre attendu · trait plein : tickets arrivés
        </p>
      }
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} className="opale-forecast__grid" />
          <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="opale-forecast__axis">
            {t}
          </text>
        </g>
      ))}
      {zero >= 0 && (
        <g>
          <line
            x1={x(zero)}
            x2={x(zero)}
            y1={PAD.top}
            y2={HEIGHT - PAD.bottom}
            className="opale-forecast__switch"
          />
          <text x={x(zero) + 4} y={PAD.top + 10} className="opale-forecast__axis">
            bascule
          </text>
        </g>
      )}
      {known.length > 0 && <polygon points={band} className="opale-forecast__band" />}
      {known.length > 0 && <polyline points={expected} className="opale-forecast__expected" />}
      {happened.length > 0 && <polyline points={actual} className="opale-forecast__actual" />}
      {happened.map(({ w, i }) => (
        <circle key={w.offset} cx={x(i)} cy={y(w.actual ?? 0)} r={3} className="opale-forecast__point" />
      ))}
      {weeks.map((w, i) =>
        i % 2 === 0 ? (
          <text key={w.offset} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="opale-forecast__axis">
            {formatDate(w.from).slice(0, 5)}
          </text>
        ) : null,
      )}
    </ChartFigure>
  );
}
