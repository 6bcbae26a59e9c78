import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countInterval, countQuantile, logGamma } from './count-interval.js';

describe('logGamma', () => {
  it('gives log((n − 1)!) on whole numbers', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});

describe('countQuantile', () => {
  it('matches the Poisson law’s tables', () => {
    // P(K ≤ 0) = 0.368, P(K ≤ 2) = 0.920 for a mean of 1.
    expect(countQuantile(0.1, 1)).toBe(0);
    expect(countQuantile(0.9, 1)).toBe(2);
    // Mean 10: P(K ≤ 5) = 0.067, P(K ≤ 6) = 0.130; P(K ≤ 13) = 0.864, P(K ≤ 14) = 0.917.
    expect(countQuantile(0.1, 10)).toBe(6);
    expect(countQuantile(0.9, 10)).toBe(14);
  });

  it('answers 0 for a mean of 0, and stays finite for large means', () => {
    expect(countQuantile(0.9, 0)).toBe(0);
    const high = countQuantile(0.9, 5000);
    // Normal approximation: 5000 + 1.2816 × √5000 ≈ 5090.6.
    expect(high).toBeGreaterThanOrEqual(5088);
    expect(high).toBeLessThanOrEqual(5093);
  });

  it('holds 80 % of a Poisson law: no more than 10 % below it, no more than 10 % above', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 300, noNaN: true }), (mean) => {
        const { low, high } = countInterval(mean, 1);
        // P(K = k) by the recurrence P(k + 1) = P(k) × mean / (k + 1), apart from logGamma.
        let p = Math.exp(-mean);
        let below = 0;
        let upToHigh = 0;
        let atHigh = 0;
        for (let k = 0; k <= high; k++) {
          if (k < low) below += p;
          upToHigh += p;
          atHigh = p;
          p = (p * mean) / (k + 1);
        }
        expect(below).toBeLessThan(0.1 + 1e-9);
        expect(upToHigh).toBeGreaterThanOrEqual(0.9 - 1e-9);
        // And no tighter bound would do: one less at the top holds less than 90 %.
        if (high > 0) expect(upToHigh - atHigh).toBeLessThan(0.9 + 1e-9);
      }),
    );
  });

  it('is Poisson’s for a dispersion that exceeds 1 by a float’s rounding only', () => {
    expect(countInterval(2 / 3, 1.0000000000000002)).toEqual(countInterval(2 / 3, 1));
    expect(countInterval(2 / 3, 1.0000000000000002)).toEqual({ expected: 2 / 3, low: 0, high: 2 });
  });

  it('spreads a negative binomial wider than a Poisson law of the same mean once the mean is large', () => {
    for (const mean of [20, 50, 200])
      for (const dispersion of [1.5, 2, 4]) {
        const poisson = countInterval(mean, 1);
        const spread = countInterval(mean, dispersion);
        expect(spread.low).toBeLessThan(poisson.low);
        expect(spread.high).toBeGreaterThan(poisson.high);
      }
  });
});
