import { addDays, type IsoDate, isoWeekday } from './date.js';

/** The last Sunday strictly before `day`: a Sunday gives the Sunday a week earlier. */
export function previousSunday(day: IsoDate): IsoDate {
  const weekday = isoWeekday(day);
  return addDays(day, weekday === 7 ? -7 : -weekday);
}

/**
 * The production day whose data the sandbox (bac à sable) holds on `day`. It is refreshed every
 * Sunday evening, so during a Sunday it still holds the previous Sunday's data.
 */
export function sandboxDataDate(day: IsoDate): IsoDate {
  return previousSunday(day);
}

/**
 * The production day whose data FM1, the training copy, holds on `day`: the Sunday before the
 * training week, when the ADSI open it at the start of the week.
 */
export function fm1DataDate(day: IsoDate): IsoDate {
  return previousSunday(day);
}

/** The days the sandbox and FM1 data date from, as a screen showing them must say. */
export interface EnvironmentDates {
  readonly day: IsoDate;
  readonly sandbox: IsoDate;
  readonly fm1: IsoDate;
}

/** The data dates of both copies of production on `day`. */
export function environmentDates(day: IsoDate): EnvironmentDates {
  return { day, sandbox: sandboxDataDate(day), fm1: fm1DataDate(day) };
}
