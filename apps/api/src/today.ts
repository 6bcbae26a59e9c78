import { dayInParis, type IsoDate } from '@opale/domain';

let last = { second: -1, day: '' as IsoDate };

/**
 * The day in Europe/Paris now, worked out at most once a second: every request asks for it (its
 * `asOf` by default, and the key of the answers kept), and formatting a date costs more than
 * the rest of a kept answer.
 */
export function todayInParis(now: number = Date.now()): IsoDate {
  const second = Math.floor(now / 1000);
  if (second !== last.second) last = { second, day: dayInParis(new Date(now)) };
  return last.day;
}
