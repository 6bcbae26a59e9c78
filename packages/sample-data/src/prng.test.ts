import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, pick, randomInt, shuffled } from './prng.js';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i += 1) expect(a()).toBe(b());
      }),
    );
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = mulberry32(seed);
        for (let i = 0; i < 50; i += 1) {
          const x = random();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
});

describe('helpers', () => {
  it('randomInt stays within its bounds, both included', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -100, max: 100 }), fc.nat(50), (seed, min, width) => {
        const x = randomInt(mulberry32(seed), min, min + width);
        expect(x).toBeGreaterThanOrEqual(min);
        expect(x).toBeLessThanOrEqual(min + width);
        expect(Number.isInteger(x)).toBe(true);
      }),
    );
  });

  it('shuffled is a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = [...items];
        const result = shuffled(mulberry32(seed), items);
        expect(items).toEqual(copy);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('pick returns an element of the list', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.string(), { minLength: 1 }), (seed, items) => {
        expect(items).toContain(pick(mulberry32(seed), items));
      }),
    );
  });
});
