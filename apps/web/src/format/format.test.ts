import { describe, expect, it } from 'vitest';
import { formatDate, formatInteger, formatLongDate, formatPercent, plural } from './format';

describe('French number and date formats', () => {
  it('writes the committee’s rate as on the slide', () => {
    expect(formatPercent(81.96)).toBe('81,96\u202f%');
  });

  it('keeps two decimals and never rounds up a truncated rate', () => {
    expect(formatPercent(100)).toBe('100,00\u202f%');
    expect(formatPercent(7.5)).toBe('7,50\u202f%');
    expect(formatPercent(81.969)).toBe('81,96\u202f%');
  });

  it('shows a dash for a rate without denominator', () => {
    expect(formatPercent(null)).toBe('—');
  });

  it('groups thousands with a narrow no-break space', () => {
    expect(formatInteger(1234)).toBe('1\u202f234');
  });

  it('writes calendar days without time zone shifts', () => {
    expect(formatDate('2024-01-22')).toBe('22/01/2024');
    expect(formatLongDate('2024-01-21')).toBe('dimanche 21 janvier 2024');
  });

  it('makes the noun agree', () => {
    expect(plural(1, 'jour', 'jours')).toBe('1\u00a0jour');
    expect(plural(0, 'jour', 'jours')).toBe('0\u00a0jour');
    expect(plural(26, 'jour', 'jours')).toBe('26\u00a0jours');
  });
});
