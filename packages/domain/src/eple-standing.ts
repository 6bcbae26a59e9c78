import { budgetIndex, budgetStandingOf } from './budget.js';
import type { BudgetStanding } from './budget-standing.js';
import type { Dataset } from './dataset.js';
import type { IsoDate } from './date.js';
import type { Eple } from './eple.js';
import type { KitBucket } from './kit-bucket.js';
import { finalizedCounts, kitBucketOf } from './kit-progress.js';
import type { Uai } from './uai.js';

/** What the figures of a day read of each EPLE: its kit bucket and its budget standing. */
export interface EpleStanding {
  readonly asOf: IsoDate;
  readonly kitBucketOf: (eple: Eple) => KitBucket;
  readonly budgetOf: (eple: Eple) => BudgetStanding;
}

/**
 * The standing of every EPLE of `dataset` as of `asOf`, as the report's figures read it, for
 * `listEples` to give the list behind a figure; each kind of record is read once. Pass the
 * report's indexes when they are at hand.
 */
export function epleStanding(
  dataset: Pick<Dataset, 'waves' | 'kit' | 'budgets'>,
  asOf: IsoDate,
  indexes: {
    readonly finalized?: ReadonlyMap<Uai, number>;
    readonly budgets?: ReadonlyMap<string, IsoDate>;
  } = {},
): EpleStanding {
  const finalized = indexes.finalized ?? finalizedCounts(dataset.kit.events, dataset.kit.actions, asOf);
  return {
    asOf,
    kitBucketOf: kitBucketOf(finalized, dataset.kit.actions.length),
    budgetOf: budgetStandingOf(dataset.waves, indexes.budgets ?? budgetIndex(dataset.budgets), asOf),
  };
}
