import type { Eple } from '@opale/domain';
import { mulberry32, shuffled } from '../prng.js';
import { v6Eple } from './eple-v6.js';

/**
 * The V6 EPLE from the most struggling (index 0) to the most advanced, in a seeded order. The
 * kit, the budgets, the restitution alerts and the follow-ups all read this one order, so that
 * an EPLE behind on its kit is also the one whose budget is late and who gets a visio: the
 * difficulty signals agree, as they would in a real académie.
 */
export const v6Ranking: readonly Eple[] = shuffled(mulberry32(0x0601), v6Eple);

/** Ranks of the committee's kit buckets on 22/01/2024 (16 below 10 %, 30 from 10 to 30 %, 15 above). */
export const V6_BELOW_10 = 16;
export const V6_FROM_10_TO_30 = 30;

/** Ranks whose 2024 budget is not exécutoire on 22/01/2024: 11, of which the first 2 never are. */
export const V6_BUDGET_PENDING = 11;
export const V6_BUDGET_NEVER = 2;
