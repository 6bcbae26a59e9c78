import { unfollowedDifficulties } from '@opale/domain';
import { reportOf } from './context.js';
import { perDatasetDay } from './per-dataset-day.js';

/** Days of the list kept per dataset: the most asked days of the current records. */
const DAYS_KEPT = 32;

/**
 * The EPLE flagged on a day with no follow-up since, over the whole académie, computed once per
 * dataset and day: the list behind the GraphQL `unfollowedDifficulties` and its export.
 */
export const unfollowedOn = perDatasetDay(DAYS_KEPT, (dataset, asOf) =>
  unfollowedDifficulties(dataset, reportOf(dataset, asOf).difficulty.eple, asOf),
);
