import type { Action } from '@opale/domain';
import type { RowStream } from '@opale/store';
import type { Context } from '../context.js';
import { BadParam, type ParamKind, type Params } from './query-params.js';

/**
 * A table a page shows, exported whole: the URL parameters it takes (the GraphQL arguments of the
 * field that feeds the page, by the same names), who may read it, and how its rows are read.
 */
export interface TableExport<S extends Record<string, ParamKind> = Record<string, ParamKind>> {
  readonly params: S;
  /** What the caller's role must be allowed, as for the GraphQL field; null: every signed-in role. */
  readonly needs: Action | null;
  /** The rows, as the caller may see them; throws {@link BadParam} (400) or {@link Refused} (403). */
  readonly table: (ctx: Context, params: Params<S>) => Promise<RowStream>;
}

/** A record the caller may not read (another school's, for a school user), as the 403 names it. */
export class Refused extends Error {}

/** A {@link TableExport}, its parameters typed where it is written and erased where it is listed. */
export function tableExport<const S extends Record<string, ParamKind>>(spec: TableExport<S>): TableExport {
  return spec as unknown as TableExport;
}

/** The value of a parameter the export cannot do without, or the {@link BadParam} naming it. */
export function required<T>(value: T | undefined, name: string, expected: string): T {
  if (value === undefined) throw new BadParam(`${name}: expected ${expected}, missing`);
  return value;
}
