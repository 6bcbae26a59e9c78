import type { ReactNode } from 'react';

/**
 * The frame of every chart: one image for assistive technologies, named by `summary` (the figures
 * it shows, in words), its title, the SVG drawing and what follows it (a legend). The drawing is
 * hidden from assistive technologies: a table beside the chart always carries its figures.
 */
export function ChartFigure(props: {
  className: string;
  title: string;
  summary: string;
  width: number;
  height: number;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <figure className={props.className} role="img" aria-label={props.summary}>
      <figcaption className="fr-text--sm fr-mb-1w" aria-hidden="true">
        {props.title}
      </figcaption>
      <svg viewBox={`0 0 ${props.width} ${props.height}`} width="100%" aria-hidden="true" focusable="false">
        {props.children}
      </svg>
      {props.after}
    </figure>
  );
}
