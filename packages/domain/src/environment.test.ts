import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, fromEpochDay, isoWeekday } from './date.js';
import { environmentDates, fm1DataDate, previousSunday, sandboxDataDate } from './environment.js';

describe('previousSunday', () => {
  it.each([
    ['2024-01-15', 'Monday'],
    ['2024-01-16', 'Tuesday'],
    ['2024-01-17', 'Wednesday'],
    ['2024-01-18', 'Thursday'],
    ['2024-01-19', 'Friday'],
    ['2024-01-20', 'Saturday'],
    ['2024-01-21', 'Sunday'],
  ])('maps %s (%s) to Sunday 2024-01-14', (day) => {
    expect(previousSunday(day)).toBe('2024-01-14');
    expect(sandboxDataDate(day)).toBe('2024-01-14');
    expect(fm1DataDate(day)).toBe('2024-01-14');
  });

  it('crosses month and year boundaries', () => {
    expect(previousSunday('2024-01-01')).toBe('2023-12-31');
    expect(previousSunday('2024-03-01')).toBe('2024-02-25');
  });

  it('is always a Sunday, 1 to 7 days earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (epochDay) => {
        const day = fromEpochDay(epochDay);
        const sunday = previousSunday(day);
        expect(isoWeekday(sunday)).toBe(7);
        const gap = daysBetween(sunday, day);
        expect(gap).toBeGreaterThanOrEqual(1);
        expect(gap).toBeLessThanOrEqual(7);
      }),
    );
  });
});

describe('environmentDates', () => {
  it('dates both copies on the day of the committee', () => {
    expect(environmentDates('2024-01-22')).toEqual({
      day: '2024-01-22',
      sandbox: '2024-01-21',
      fm1: '2024-01-21',
    });
  });
});
