import type { Eple } from '@opale/domain';
import { mulberry32, shuffled } from '../../prng.js';
import { v7Eple } from '../eple-v7.js';
import { v8Eple } from '../eple-v8.js';
import { v9Eple } from '../eple-v9.js';

/**
 * The EPLE of V7, V8 and V9 in a seeded order: the first few of each wave struggle (slow kit,
 * late budget, alerts and follow-ups), the others go through their bascule plainly.
 */
export const laterRanking: Readonly<Record<'V7' | 'V8' | 'V9', readonly Eple[]>> = (() => {
  const random = mulberry32(0x0789);
  return { V7: shuffled(random, v7Eple), V8: shuffled(random, v8Eple), V9: shuffled(random, v9Eple) };
})();

/** How many EPLE of each wave struggle: the first of `laterRanking`. */
export const STRUGGLING: Readonly<Record<'V7' | 'V8' | 'V9', number>> = { V7: 3, V8: 10, V9: 4 };

/** The struggling EPLE of a wave. */
export function strugglingOf(waveId: 'V7' | 'V8' | 'V9'): readonly Eple[] {
  return laterRanking[waveId].slice(0, STRUGGLING[waveId]);
}
