import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercentFr, rate } from './rate.js';

describe('rate', () => {
  it('truncates to two decimals as the committee does', () => {
    expect(rate(41, 57).percent).toBe(71.92); // 71.929…: rounding would say 71.93
    expect(rate(2, 3).percent).toBe(66.66);
    expect(rate(1, 3).percent).toBe(33.33);
    expect(rate(57, 57).percent).toBe(100);
  });

  it('has no percentage for an empty total', () => {
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, percent: null });
  });

  it('writes percentages the French way', () => {
    expect(formatPercentFr(71.92)).toBe('71,92\u202f%');
    expect(formatPercentFr(null)).toBe('—');
  });

  it('stays within [0, 100] and never rounds up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (den, k) => {
        const num = k % (den + 1);
        const { percent } = rate(num, den);
        expect(percent).not.toBeNull();
        expect(percent as number).toBeGreaterThanOrEqual(0);
        expect(percent as number).toBeLessThanOrEqual(100);
        expect((percent as number) * den).toBeLessThanOrEqual(num * 100 + 1e-6);
      }),
    );
  });
});
