import { formatInteger } from '../format/format';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

/**
 * Horizontal bars drawn with CSS. The figure is one image for assistive technologies, named by
 * its values; the table beside it carries the same figures.
 */
export function BarChart(props: { title: string; bars: readonly Bar[]; unit: string }) {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const summary = props.bars.map((b) => `${b.label} : ${formatInteger(b.value)} ${props.unit}`).join(', ');
  return (
    <figure className="opale-bars" role="img" aria-label={`${props.title} — ${summary}`}>
      <figcaption className="fr-text--sm fr-mb-1w" aria-hidden="true">
        {props.title}
      </figcaption>
      <div aria-hidden="true">
        {props.bars.map((bar) => (
          <div key={bar.label} className="opale-bars__row">
            <span className="opale-bars__label">{bar.label}</span>
            <span className="opale-bars__track">
              <span className="opale-bars__bar" style={{ width: `${(bar.value / max) * 100}%` }} />
            </span>
            <span className="opale-bars__value">{formatInteger(bar.value)}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
