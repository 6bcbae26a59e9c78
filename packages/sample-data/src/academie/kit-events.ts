import { addDays, daysBetween, type Eple, type IsoDate, type KitEvent } from '@opale/domain';
import { mulberry32, type Random, randomInt, shuffled } from '../prng.js';
import { DEMO_AS_OF } from './as-of.js';
import { earlyEple } from './eple-early.js';
import { defaultKitActions } from './kit-actions.js';
import { V6_BELOW_10, V6_FROM_10_TO_30, v6Ranking } from './v6-ranking.js';
import { academieWave } from './waves.js';

const ACTION_IDS = defaultKitActions.map((a) => a.id);
const LAST_AFTER_COMMITTEE: IsoDate = '2024-03-29';

function day(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, randomInt(random, 0, daysBetween(from, to)));
}

function sortedDays(random: Random, n: number, from: IsoDate, to: IsoDate): IsoDate[] {
  return Array.from({ length: n }, () => day(random, from, to)).sort();
}

/**
 * Actions finalized on 22/01/2024 by rank: 0–3, then 4–12, then 13–27. Out of 40 actions, 4 is
 * exactly 10 % and 12 exactly 30 %: both bounds are reached, and both fall in the middle bucket.
 */
export function v6FinalizedOnCommittee(rank: number): number {
  if (rank < V6_BELOW_10) return rank % 4;
  if (rank < V6_BELOW_10 + V6_FROM_10_TO_30) return 4 + ((rank - V6_BELOW_10) % 9);
  return 13 + (rank - V6_BELOW_10 - V6_FROM_10_TO_30);
}

/** Actions finalized after the committee, by 29/03/2024: the two most struggling do one more. */
function v6FinalizedAfter(rank: number): number {
  if (rank < 2) return 1;
  if (rank < V6_BELOW_10) return 3 + (rank % 5);
  if (rank < V6_BELOW_10 + V6_FROM_10_TO_30) return 6 + (rank % 7);
  return 8 + (rank % 10);
}

function v6EventsOf(e: Eple, rank: number, random: Random): KitEvent[] {
  const order = shuffled(random, ACTION_IDS);
  const before = v6FinalizedOnCommittee(rank);
  const after = Math.min(v6FinalizedAfter(rank), order.length - before);
  const events: KitEvent[] = [];
  const firstDays = sortedDays(random, before, e.createdOn, DEMO_AS_OF);
  firstDays.forEach((on, i) => {
    events.push({ uai: e.uai, actionId: order[i] as string, kind: 'finalized', on });
  });
  // Some finalizations are undone then redone: the count on 22/01 is unchanged.
  const first = firstDays[0];
  if (rank % 7 === 3 && first !== undefined && addDays(first, 5) <= DEMO_AS_OF) {
    const actionId = order[0] as string;
    events.push({ uai: e.uai, actionId, kind: 'undone', on: addDays(first, 2) });
    events.push({ uai: e.uai, actionId, kind: 'finalized', on: addDays(first, 5) });
  }
  // And some stay undone: an action ticked by mistake, then unticked before the committee.
  if (rank % 5 === 1 && before < order.length) {
    const actionId = order[before] as string;
    const on = day(random, e.createdOn, addDays(DEMO_AS_OF, -10));
    events.push({ uai: e.uai, actionId, kind: 'finalized', on });
    events.push({ uai: e.uai, actionId, kind: 'undone', on: addDays(on, randomInt(random, 1, 9)) });
  }
  sortedDays(random, after, addDays(DEMO_AS_OF, 1), LAST_AFTER_COMMITTEE).forEach((on, i) => {
    events.push({ uai: e.uai, actionId: order[before + i] as string, kind: 'finalized', on });
  });
  return events;
}

/** The waves switched before V6 finished their whole kit before their bascule. */
function earlyEventsOf(e: Eple, random: Random): KitEvent[] {
  const lastDay = addDays(academieWave(e.waveId).switchDate, -1);
  const days = sortedDays(random, ACTION_IDS.length, e.createdOn, lastDay);
  return shuffled(random, ACTION_IDS).map((actionId, i) => ({
    uai: e.uai,
    actionId,
    kind: 'finalized' as const,
    on: days[i] as IsoDate,
  }));
}

function buildKitEvents(): KitEvent[] {
  const random = mulberry32(0x0c17);
  const events = [
    ...earlyEple.flatMap((e) => earlyEventsOf(e, random)),
    ...v6Ranking.flatMap((e, rank) => v6EventsOf(e, rank, random)),
  ];
  // Stable sort by day: same-day events keep their order, so an undo recorded after its
  // finalization still cancels it.
  return events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Every kit event of the demo, in day order. */
export const academieKitEvents: readonly KitEvent[] = buildKitEvents();
