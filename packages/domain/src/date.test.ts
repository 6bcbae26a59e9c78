import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  schoolYearStart,
  toEpochDay,
} from './date.js';

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-01-19')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('19/01/2024')).toBe(false);
    expect(isIsoDate(20240119)).toBe(false);
  });

  it('names the field and the expected form when a date is not a date', () => {
    const result = parseIsoDate('22/01/2024', 'asOf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ field: 'asOf', code: 'invalid_date' });
    expect(result.errors[0]?.message).toContain('YYYY-MM-DD');
  });

  it('counts whole days and weekdays without a time zone', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(daysBetween('2024-01-06', '2024-01-22')).toBe(16);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(isoWeekday('2024-01-22')).toBe(1); // the committee met on a Monday
    expect(isoWeekday('2024-01-21')).toBe(7);
  });

  it('knows the school year of a day', () => {
    expect(schoolYearStart('2024-01-22')).toBe('2023-09-01');
    expect(schoolYearStart('2023-09-01')).toBe('2023-09-01');
    expect(schoolYearStart('2023-08-31')).toBe('2022-09-01');
  });

  it('round-trips every day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2200-12-31') }), (n) => {
        const iso = fromEpochDay(n);
        expect(isIsoDate(iso)).toBe(true);
        expect(toEpochDay(iso)).toBe(n);
      }),
    );
  });
});
