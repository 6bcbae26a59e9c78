import type { BudgetStanding } from './budget-standing.js';
import type { Eple } from './eple.js';
import type { KitBucket } from './kit-bucket.js';

/** The orders an EPLE list can take; `uai` keeps the records' order, which is by UAI. */
export const EPLE_ORDERS = ['uai', 'name', 'difficulty', 'kit'] as const;
/** One order of an EPLE list (see {@link EPLE_ORDERS}). */
export type EpleOrder = (typeof EPLE_ORDERS)[number];

/** Which EPLE a list shows. Every criterion left out (or an empty string) lets every EPLE through. */
export interface EpleFilter {
  readonly waveId?: string;
  /** UAI of the siège of the agence comptable. */
  readonly agenceUai?: string;
  readonly departement?: string;
  readonly kind?: string;
  /** Only the EPLE flagged in difficulty (`true`), or only the others (`false`). */
  readonly inDifficulty?: boolean;
  /** Only the EPLE in this kit bucket as of the list's day. */
  readonly kitBucket?: KitBucket;
  /** Only the EPLE whose budget is exécutoire as of the list's day, or only those not yet. */
  readonly budget?: BudgetStanding;
}

/** How to list EPLE: the filter, the order, and what the filter and the order read. */
export interface EpleListOptions {
  readonly filter: EpleFilter;
  readonly order: EpleOrder;
  /** Whether the caller may see the EPLE of this UAI; all by default. */
  readonly visible?: (uai: string) => boolean;
  /** Scores of the EPLE flagged in difficulty, by UAI: required by `inDifficulty` and the `difficulty` order. */
  readonly difficultyScores?: ReadonlyMap<string, number>;
  /** Kit completion of an EPLE, in percent (missing: 0): required by the `kit` order. */
  readonly kitRate?: (eple: Eple) => number | null | undefined;
  /** The kit bucket of an EPLE as of the list's day: required by `filter.kitBucket`. */
  readonly kitBucketOf?: (eple: Eple) => KitBucket;
  /** The budget standing of an EPLE as of the list's day: required by `filter.budget`. */
  readonly budgetOf?: (eple: Eple) => BudgetStanding;
}

/** Whether listing with these options reads the EPLE in difficulty: compute the report only then. */
export function needsDifficulty(options: Pick<EpleListOptions, 'filter' | 'order'>): boolean {
  return options.order === 'difficulty' || typeof options.filter.inDifficulty === 'boolean';
}

/** Whether this filter reads the EPLE's standing as of a day (kit bucket, budget): see `epleStanding`. */
export function needsStanding(filter: EpleFilter): boolean {
  return Boolean(filter.kitBucket) || Boolean(filter.budget);
}

/** Whether this order reads each EPLE's kit: compute kit rates only then. */
export function needsKit(order: EpleOrder): boolean {
  return order === 'kit';
}

// A comparator on a number per EPLE, read once per EPLE rather than once per comparison.
function byNumber(list: readonly Eple[], value: (e: Eple) => number, sign: 1 | -1) {
  const values = new Map(list.map((e) => [e.uai, value(e)]));
  return (a: Eple, b: Eple) => sign * ((values.get(a.uai) ?? 0) - (values.get(b.uai) ?? 0));
}

/**
 * Whether `eple` belongs to the list `options` describe: the one rule behind an EPLE list and
 * every figure that counts one (the EPLE of a wave, of a kit bucket, with a budget exécutoire or
 * not yet, in difficulty), so that a figure is always the size of its list.
 */
export function epleMatches(e: Eple, options: Omit<EpleListOptions, 'order'>): boolean {
  const { filter, visible, difficultyScores: scores } = options;
  return (
    (visible === undefined || visible(e.uai)) &&
    (!filter.waveId || e.waveId === filter.waveId) &&
    (!filter.agenceUai || e.agenceUai === filter.agenceUai) &&
    (!filter.departement || e.departement === filter.departement) &&
    (!filter.kind || e.kind === filter.kind) &&
    (typeof filter.inDifficulty !== 'boolean' || scores?.has(e.uai) === filter.inDifficulty) &&
    (!filter.kitBucket || options.kitBucketOf?.(e) === filter.kitBucket) &&
    (!filter.budget || options.budgetOf?.(e) === filter.budget)
  );
}

/**
 * The EPLE of `eples` that `visible` lets the caller see and that match `filter`, in `order`:
 * `uai` keeps the input order, `name` sorts by name as French does, `difficulty` puts the highest
 * score first (an EPLE not flagged counts 0), `kit` the least advanced first (no rate counts 0).
 * Ties keep the input order. To read kit rates only for the EPLE kept, list by `uai` first, then
 * order that list by `kit`. Throws when `difficultyScores`, `kitRate`, `kitBucketOf` or `budgetOf`
 * is missing though the filter or the order reads it: a programming error.
 */
export function listEples(eples: readonly Eple[], options: EpleListOptions): Eple[] {
  const { filter, order, difficultyScores: scores, kitRate } = options;
  if (needsDifficulty(options) && scores === undefined) {
    throw new Error(`listEples: difficultyScores are required to filter by difficulty or order by it`);
  }
  if (needsKit(order) && kitRate === undefined)
    throw new Error(`listEples: kitRate is required by the kit order`);
  if (filter.kitBucket && options.kitBucketOf === undefined)
    throw new Error(`listEples: kitBucketOf is required to filter by kit bucket`);
  if (filter.budget && options.budgetOf === undefined)
    throw new Error(`listEples: budgetOf is required to filter by budget`);
  const list = eples.filter((e) => epleMatches(e, options));
  if (order === 'name') {
    const collator = new Intl.Collator('fr');
    list.sort((a, b) => collator.compare(a.name, b.name));
  }
  if (order === 'difficulty') list.sort(byNumber(list, (e) => scores?.get(e.uai) ?? 0, -1));
  if (order === 'kit') list.sort(byNumber(list, (e) => kitRate?.(e) ?? 0, 1));
  return list;
}
