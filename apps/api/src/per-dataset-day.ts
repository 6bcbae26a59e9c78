import type { Dataset, IsoDate } from '@opale/domain';

/** Days kept per dataset: the most asked days of the current records. */
const DAYS_PER_DATASET = 32;

/**
 * `compute` remembered per dataset and day: the store hands out the same dataset object until a
 * write, so a figure is computed once per revision and day (the oldest day is forgotten first).
 */
export function perDatasetAndDay<T>(compute: (dataset: Dataset, asOf: IsoDate) => T) {
  const kept = new WeakMap<Dataset, Map<IsoDate, T>>();
  return (dataset: Dataset, asOf: IsoDate): T => {
    let byDay = kept.get(dataset);
    if (!byDay) {
      byDay = new Map();
      kept.set(dataset, byDay);
    }
    if (byDay.has(asOf)) return byDay.get(asOf) as T;
    const value = compute(dataset, asOf);
    if (byDay.size >= DAYS_PER_DATASET) byDay.delete(byDay.keys().next().value as IsoDate);
    byDay.set(asOf, value);
    return value;
  };
}
