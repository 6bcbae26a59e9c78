/** What can be exported: one of the committee's tables, or `report` for all of them. */
export type ExportWhat =
  | 'waves'
  | 'agences'
  | 'budgets'
  | 'kit'
  | 'tickets'
  | 'requalified'
  | 'difficulty'
  | 'training'
  | 'milestones'
  | 'restitutions'
  | 'difficulty-rule'
  | 'difficulty-settings'
  | 'report';

/** Every accepted {@link ExportWhat}, in the order the report lays its tables out. */
export const EXPORT_WHATS: readonly ExportWhat[] = [
  'waves',
  'agences',
  'budgets',
  'kit',
  'tickets',
  'requalified',
  'difficulty',
  'difficulty-rule',
  'difficulty-settings',
  'training',
  'milestones',
  'restitutions',
  'report',
];

export type Cell = string | number | null;

/** One of the committee's tables, ready to be written as CSV or as a sheet of a workbook. */
export interface Table {
  /** Sheet name, in French, at most 31 characters (Excel's limit). */
  name: string;
  /** What the table shows and as of when, in French. */
  title: string;
  header: string[];
  /** Cells in header order; `null` is an empty cell (a figure that does not exist, not a zero). */
  rows: Cell[][];
  /** Columns holding a percentage from 0 to 100, written with two decimals. */
  percentColumns?: number[];
}

/**
 * A table whose rows are read one at a time (a generator), so that a long list is written as it
 * is computed rather than held whole.
 */
export type RowStream = Omit<Table, 'rows'> & { readonly rows: Iterable<Cell[]> };

/** An ISO day (`2024-01-22`) the way the committee writes it: `22/01/2024`. */
export function frenchDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
