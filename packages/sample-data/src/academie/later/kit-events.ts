import { addDays, type Eple, type KitEvent } from '@opale/domain';
import { mulberry32, type Random, randomInt, shuffled } from '../../prng.js';
import { defaultKitActions } from '../kit-actions.js';
import { academieKitEvents } from '../kit-events.js';
import { v6Ranking } from '../v6-ranking.js';
import { academieWave } from '../waves.js';
import { LATER_FROM, laterDays } from './period.js';
import { laterRanking, STRUGGLING } from './struggling.js';

const ACTION_IDS = defaultKitActions.map((a) => a.id);

/** The actions an EPLE has finalized at the end of the spring of 2024 records. */
function finalizedBefore(uai: string): Set<string> {
  const done = new Set<string>();
  for (const e of academieKitEvents) {
    if (e.uai !== uai) continue;
    if (e.kind === 'finalized') done.add(e.actionId);
    else done.delete(e.actionId);
  }
  return done;
}

/** V6 finishes its kit during 2024; the two most struggling EPLE only reach about half of it. */
function v6EventsOf(e: Eple, rank: number, random: Random): KitEvent[] {
  const done = finalizedBefore(e.uai);
  const left = shuffled(
    random,
    ACTION_IDS.filter((id) => !done.has(id)),
  );
  const count = rank < 2 ? Math.max(0, 20 - done.size) : left.length;
  const days = laterDays(random, count, LATER_FROM, rank < 2 ? '2025-06-30' : '2024-12-20');
  return days.map((on, i) => ({ uai: e.uai, actionId: left[i] as string, kind: 'finalized' as const, on }));
}

/**
 * A V7, V8 or V9 EPLE works through its kit from its creation in op@le: most of it before the
 * bascule, the rest in the two months after. A struggling one does less than 30 % of it by the
 * bascule and catches up slowly, over five months.
 */
function waveEventsOf(e: Eple, struggling: boolean, random: Random): KitEvent[] {
  const bascule = academieWave(e.waveId).switchDate;
  const order = shuffled(random, ACTION_IDS);
  const before = struggling ? randomInt(random, 6, 11) : randomInt(random, 30, 38);
  const total = struggling ? before + randomInt(random, 10, 20) : ACTION_IDS.length;
  const first = laterDays(random, before, e.createdOn, addDays(bascule, -1));
  const then = laterDays(random, total - before, bascule, addDays(bascule, struggling ? 150 : 60));
  return [...first, ...then].map((on, i) => ({
    uai: e.uai,
    actionId: order[i] as string,
    kind: 'finalized' as const,
    on,
  }));
}

function buildLaterKitEvents(): KitEvent[] {
  const random = mulberry32(0x2417);
  const events = [
    ...v6Ranking.flatMap((e, rank) => v6EventsOf(e, rank, random)),
    ...(['V7', 'V8', 'V9'] as const).flatMap((waveId) =>
      laterRanking[waveId].flatMap((e, rank) => waveEventsOf(e, rank < STRUGGLING[waveId], random)),
    ),
  ];
  return events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Kit events after 31/03/2024, in day order, up to 31/12/2025. */
export const laterKitEvents: readonly KitEvent[] = buildLaterKitEvents();
