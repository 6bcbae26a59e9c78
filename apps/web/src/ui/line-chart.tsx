import { formatDate, formatInteger } from '../format/format';
import { ChartFigure } from './chart-figure';

/** One line of the chart: its label, its colour class, one value a point of `days`. */
export interface Series {
  readonly label: string;
  /** Modifier of `opale-lines__line`: `blue`, `red`, `green`, `orange` or `grey`. */
  readonly tone: 'blue' | 'red' | 'green' | 'orange' | 'grey';
  readonly values: readonly number[];
}

const WIDTH = 360;
const HEIGHT = 160;
const PAD = { left: 30, right: 8, top: 8, bottom: 22 };

/**
 * A few lines over the same days, in plain SVG. The figure is one image for assistive
 * technologies, named by its last values; a table always carries every figure beside it.
 */
export function LineChart(props: { title: string; days: readonly string[]; series: readonly Series[] }) {
  const { days, series } = props;
  const top = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(1, days.length - 1);
  const y = (v: number) => PAD.top + (1 - v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const last = days.length - 1;
  const summary = `${props.title}, du ${formatDate(days[0])} au ${formatDate(days[last])} ; au dernier jour : ${series
    .map((s) => `${s.label} ${formatInteger(s.values[last] ?? 0)}`)
    .join(', ')}.`;
  return (
    <ChartFigure
      className="opale-lines"
      title={props.title}
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      after={
        <ul className="opale-lines__legend fr-text--xs" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`opale-lines__key opale-lines__key--${s.tone}`} /> {s.label}
            </li>
          ))}
        </ul>
      }
    >
      {[0, top].map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} className="opale-lines__grid" />
          <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" className="opale-lines__axis">
            {formatInteger(t)}
          </text>
        </g>
      ))}
      {series.map((s) => (
        <polyline
          key={s.label}
          points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
          className={`opale-lines__line opale-lines__line--${s.tone}`}
        />
      ))}
      {[0, last].map((i) => (
        <text
          key={i}
          x={x(i)}
          y={HEIGHT - 6}
          textAnchor={i === 0 ? 'start' : 'end'}
          className="opale-lines__axis"
        >
          {formatDate(days[i])}
        </text>
      ))}
    </ChartFigure>
  );
}
