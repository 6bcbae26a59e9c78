import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './date.js';
import { dayInParis } from './day-in-paris.js';

// An instant (UTC) and its day in Paris, each on both sides of a midnight in Paris.
const CASES: readonly (readonly [instant: string, day: string])[] = [
  // Winter: Paris is an hour ahead of UTC.
  ['2024-01-21T22:59:59Z', '2024-01-21'],
  ['2024-01-21T23:00:00Z', '2024-01-22'],
  ['2024-01-21T23:30:00Z', '2024-01-22'],
  // Summer: two hours ahead.
  ['2024-07-14T21:59:59Z', '2024-07-14'],
  ['2024-07-14T22:00:00Z', '2024-07-15'],
  // Sunday 31 March 2024: 02:00 in Paris (01:00 UTC) became 03:00.
  ['2024-03-30T22:59:59Z', '2024-03-30'],
  ['2024-03-30T23:00:00Z', '2024-03-31'],
  ['2024-03-31T01:30:00Z', '2024-03-31'],
  ['2024-03-31T21:59:59Z', '2024-03-31'],
  ['2024-03-31T22:00:00Z', '2024-04-01'],
  // Sunday 27 October 2024: 03:00 in Paris (01:00 UTC) went back to 02:00.
  ['2024-10-26T21:59:59Z', '2024-10-26'],
  ['2024-10-26T22:00:00Z', '2024-10-27'],
  ['2024-10-27T22:59:59Z', '2024-10-27'],
  ['2024-10-27T23:00:00Z', '2024-10-28'],
  // The last hour of a year, and a leap day.
  ['2024-12-31T22:59:59Z', '2024-12-31'],
  ['2024-12-31T23:00:00Z', '2025-01-01'],
  ['2024-02-28T23:00:00Z', '2024-02-29'],
];

describe('dayInParis', () => {
  it.each(CASES)('reads %s as %s', (instant, day) => {
    expect(dayInParis(new Date(instant))).toBe(day);
  });

  it('always writes a calendar day, one or two hours ahead of UTC', () => {
    const instants = fc.date({
      min: new Date('1980-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (instant) => {
        const paris = dayInParis(instant);
        expect(isIsoDate(paris)).toBe(true);
        const utc = instant.toISOString().slice(0, 10);
        const twoHoursLater = new Date(instant.getTime() + 2 * 3_600_000).toISOString().slice(0, 10);
        expect([utc, twoHoursLater]).toContain(paris);
      }),
    );
  });
});
