import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatInteger } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { Cell } from '../ui/data-table';
import { epleListPath } from './eple-list-params';

export const EpleFigureLinkFragment = graphql(`
  fragment EpleFigureLink on EpleFigure {
    figure
    asOf
    wave
    kitBucket
    budget
    inDifficulty
  }
`);

/**
 * A figure of the report that counts EPLE, as a link to the list of those EPLE as of the same
 * day (`/etablissements?vague=…&date=…`): the list holds exactly as many.
 */
export function EpleFigureLink(props: {
  figure: FragmentType<typeof EpleFigureLinkFragment>;
  /** What the figure counts, for screen readers: "EPLE de la vague V6 à moins de 10 %". */
  label: string;
  children?: ReactNode;
}) {
  const f = getFragmentData(EpleFigureLinkFragment, props.figure);
  return (
    <Link
      to={epleListPath(f, f.asOf)}
      aria-label={`${formatInteger(f.figure)} : ${props.label}, voir ces établissements`}
    >
      {props.children ?? formatInteger(f.figure)}
    </Link>
  );
}

/** A table cell holding the figure as a link to its list, and the bare number in the CSV file. */
export function epleFigureCell(figure: FragmentType<typeof EpleFigureLinkFragment>, label: string): Cell {
  const f = getFragmentData(EpleFigureLinkFragment, figure);
  return { text: String(f.figure), node: <EpleFigureLink figure={figure} label={label} /> };
}
