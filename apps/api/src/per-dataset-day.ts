import type { Dataset, IsoDate } from '@opale/domain';

/**
 * `compute` kept per dataset and day: the store hands out the same dataset until a write, so a
 * value lives as long as the records it was computed from. At most `days` days are kept per
 * dataset, the oldest asked dropped first, so that asking every day of a decade cannot fill memory.
 */
export function perDatasetDay<T>(
  days: number,
  compute: (dataset: Dataset, asOf: IsoDate) => T,
): (dataset: Dataset, asOf: IsoDate) => T {
  const kept = new WeakMap<Dataset, Map<IsoDate, T>>();
  return (dataset, asOf) => {
    let byDay = kept.get(dataset);
    if (!byDay) {
      byDay = new Map();
      kept.set(dataset, byDay);
    }
    let value = byDay.get(asOf);
    if (value === undefined) {
      value = compute(dataset, asOf);
      if (byDay.size >= days) byDay.delete(byDay.keys().next().value as IsoDate);
      byDay.set(asOf, value);
    }
    return value;
  };
}
