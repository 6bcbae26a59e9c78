import {
  type BudgetStanding,
  type Eple,
  type EpleFilter,
  type EpleOrder,
  epleStanding,
  type IsoDate,
  type KitBucket,
  listEples,
  needsDifficulty,
  needsStanding,
} from '@opale/domain';
import { canReadEple } from './caller.js';
import type { Context } from './context.js';
import { perDatasetDay } from './per-dataset-day.js';
import { kitOf } from './schema/kit-completion.js';

/** Which EPLE a figure of the report counts: the filters of the `eples` query, as of its day. */
export interface FigureFilter {
  readonly waveId?: string;
  readonly kitBucket?: KitBucket;
  readonly budget?: BudgetStanding;
  readonly inDifficulty?: boolean;
}

/** A figure of the report, with what it counts and the day: its list is `eplesOf` of the same. */
export interface EpleFigure {
  readonly asOf: IsoDate;
  readonly figure: number;
  readonly filter: FigureFilter;
}

/** The arguments of the `eples` list, as the GraphQL query and its export take them (absent: null or undefined). */
export interface EpleListArgs {
  readonly wave?: string | null;
  readonly agence?: string | null;
  readonly departement?: string | null;
  readonly kind?: EpleFilter['kind'] | null;
  readonly inDifficulty?: boolean | null;
  readonly kitBucket?: KitBucket | null;
  readonly budget?: BudgetStanding | null;
}

/** The domain's filter of the `eples` list from its arguments: one reading for the query and the file. */
export function epleFilterOf(args: EpleListArgs): EpleFilter {
  return {
    waveId: args.wave ?? undefined,
    agenceUai: args.agence ?? undefined,
    departement: args.departement ?? undefined,
    kind: args.kind ?? undefined,
    inDifficulty: args.inDifficulty ?? undefined,
    kitBucket: args.kitBucket ?? undefined,
    budget: args.budget ?? undefined,
  };
}

// The standing of the EPLE per dataset and day, kept as the reports are.
const standingOf = perDatasetDay(32, (dataset, asOf) => epleStanding(dataset, asOf));

/**
 * The EPLE the caller may see that match `filter` as of `asOf`, in `order`: the domain's
 * `listEples` with the same records and the same day as the report, so that a figure's list and
 * the `eples` query with the figure's filters hold exactly as many EPLE as the figure.
 */
export async function eplesOf(
  ctx: Context,
  filter: EpleFilter,
  asOf: IsoDate,
  order: EpleOrder = 'uai',
): Promise<Eple[]> {
  const dataset = await ctx.datasetOn(asOf);
  const scores = needsDifficulty({ filter, order })
    ? new Map((await ctx.report(asOf)).difficulty.eple.map((d) => [d.uai, d.score]))
    : undefined;
  const standing = needsStanding(filter) ? standingOf(dataset, asOf) : undefined;
  const options = {
    filter,
    visible: (uai: string) => canReadEple(ctx.caller, uai),
    difficultyScores: scores,
    kitBucketOf: standing?.kitBucketOf,
    budgetOf: standing?.budgetOf,
  };
  if (order !== 'kit') return listEples(dataset.eple, { ...options, order });
  // Kit rates of the EPLE that pass the filter only: the others are not shown.
  const listed = listEples(dataset.eple, { ...options, order: 'uai' });
  const rates = new Map(
    await Promise.all(
      listed.map(async (e) => [e.uai, (await kitOf(ctx, e, asOf)).rate.percent ?? 0] as const),
    ),
  );
  return listEples(listed, { filter: {}, order, kitRate: (e) => rates.get(e.uai) });
}
