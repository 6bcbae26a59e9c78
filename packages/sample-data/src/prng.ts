/**
 * A seeded pseudo-random generator, so that every record built from it is the same on every run
 * and every machine: the golden figures depend on it.
 */
export type Random = () => number;

/**
 * Mulberry32: a tiny 32-bit generator, good enough to spread dates and pick titles, returning
 * numbers in [0, 1). Not for anything secret.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: expected a non-empty list');
  return items[Math.floor(random() * items.length)] as T;
}

/** A shuffled copy of `items` (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = tmp;
  }
  return copy;
}

/** Whether an event of probability `p` happens. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}
