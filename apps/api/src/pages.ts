import { resolveArrayConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

/** The largest page of a connection, and the page when none is asked. */
export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

type PageArgs = {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
};

/** Refuses a page larger than {@link MAX_PAGE}, naming the argument. */
export function pageSize(args: PageArgs): void {
  if ((args.first ?? 0) > MAX_PAGE || (args.last ?? 0) > MAX_PAGE)
    throw new GraphQLError(`first/last: at most ${MAX_PAGE} a page`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
}

/** The page of `list` the connection's arguments ask for, and how many the whole list holds. */
export function page<T>(args: PageArgs, list: readonly T[]) {
  const connection = resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE }, [
    ...list,
  ]);
  return Object.assign(connection, { totalCount: list.length });
}

/** The connection's own field `totalCount`, saying what the list counts (`de tickets`, `d’EPLE`). */
export const withTotalCount = (what: string) => ({
  fields: <R>(f: { int: (options: { description: string; resolve: (c: object) => number }) => R }) => ({
    totalCount: f.int({
      description: `combien ${what} la liste compte, toutes pages confondues`,
      resolve: (c) => (c as { totalCount: number }).totalCount,
    }),
  }),
});
