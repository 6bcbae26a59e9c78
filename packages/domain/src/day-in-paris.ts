import type { IsoDate } from './date.js';

// Built once: a formatter is costly to create, cheap to use. The calendar and digits are named so
// that no locale default can change the day written.
const PARIS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day in Europe/Paris, the académie's calendar, of an instant: what "today" means
 * when a reference date is left out. The caller passes the clock (`dayInParis(new Date())`), so
 * the domain stays free of it; summer time is the time zone database's business, not ours.
 *
 * @example dayInParis(new Date('2024-01-21T23:30:00Z')) // '2024-01-22'
 * @throws RangeError for an invalid `Date`: a programming error, not bad input.
 */
export function dayInParis(instant: Date): IsoDate {
  const parts: Record<string, string> = {};
  for (const { type, value } of PARIS.formatToParts(instant)) parts[type] = value;
  return `${parts.year?.padStart(4, '0')}-${parts.month}-${parts.day}`;
}
