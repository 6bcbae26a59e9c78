import { fromEpochDay, type IsoDate } from '@opale/domain';

const cache = new Map<number, IsoDate>();

/**
 * The ISO date of a day count, memoised: the generator writes hundreds of thousands of dates
 * over a few thousand distinct days.
 */
export function isoDay(epochDay: number): IsoDate {
  let day = cache.get(epochDay);
  if (day === undefined) {
    day = fromEpochDay(epochDay);
    cache.set(epochDay, day);
  }
  return day;
}
