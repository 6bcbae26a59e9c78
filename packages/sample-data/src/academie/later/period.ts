import { addDays, daysBetween, type IsoDate } from '@opale/domain';
import { type Random, randomInt } from '../../prng.js';

/** The records after the spring of 2024 start the day after this one… */
export const LATER_FROM: IsoDate = '2024-04-01';
/** …and stop on this one: the demo's roll-out runs to the end of V9's first year. */
export const LATER_TO: IsoDate = '2025-12-31';

/** A day in [from, to], both included. */
export function dayIn(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, randomInt(random, 0, Math.max(0, daysBetween(from, to))));
}

/** A day in [from, to], both included, never past `LATER_TO`. */
export function laterDay(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return dayIn(random, from, to < LATER_TO ? to : LATER_TO);
}

/** `n` such days, in order. */
export function laterDays(random: Random, n: number, from: IsoDate, to: IsoDate): IsoDate[] {
  return Array.from({ length: n }, () => laterDay(random, from, to)).sort();
}
