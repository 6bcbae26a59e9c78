import { addDays, type Eple, type IsoDate, type Ticket, type TicketChannel } from '@opale/domain';
import { mulberry32, type Random } from '../../prng.js';
import { type Batch, draftBatch, type Step } from '../ticket-builder.js';
import { academieTickets, TICKET_PREFIX, withRefs } from '../tickets.js';
import { v6Ranking } from '../v6-ranking.js';
import { academieWave } from '../waves.js';
import { LATER_FROM, LATER_TO } from './period.js';
import { laterRanking } from './struggling.js';

const resolved: Step = { kind: 'resolved' };
const escalated: Step = { kind: 'escalated' };
const requalified: Step = { kind: 'requalified', to: 'SI2C' };

/** Tickets of a wave's bascule: many in the weeks around it, fewer in the months after. */
function basculeBatches(bascule: IsoDate, scale: number): Batch[] {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const around = { opened: [addDays(bascule, -30), addDays(bascule, 45)], horizon: LATER_TO } as const;
  const after = { opened: [addDays(bascule, 46), addDays(bascule, 150)], horizon: LATER_TO } as const;
  return [
    { ...around, count: n(10), team: 'SI2C', before: [resolved] },
    { ...around, count: n(9), team: 'DRASI', before: [resolved] },
    { ...around, count: n(2), team: 'SI2C', before: [escalated, resolved] },
    { ...around, count: n(2), team: 'DRASI', miscast: true, before: [requalified, resolved] },
    { ...around, channel: 'mail', count: n(3), team: 'SI2C', before: [resolved] },
    { ...around, channel: 'phone', count: n(2), team: 'DRASI', before: [resolved] },
    { ...around, channel: 'visio', count: n(2), team: 'SI2C', before: [resolved] },
    { ...after, count: n(4), team: 'SI2C', before: [resolved] },
    { ...after, count: n(2), team: 'DRASI', before: [resolved] },
  ];
}

/** The EPLE of a wave, the struggling ones (first in the ranking) drawn more often. */
function chooserOf(ranking: readonly Eple[]) {
  return (random: Random): Eple => ranking[Math.floor(random() ** 1.6 * ranking.length)] as Eple;
}

// The requests still open on 31/12/2025: a few of V9, just switched.
const STILL_OPEN: readonly Batch[] = [
  { count: 3, team: 'SI2C', opened: ['2025-12-01', '2025-12-22'], horizon: LATER_TO, before: [] },
  { count: 1, team: 'DRASI', opened: ['2025-11-17', '2025-12-05'], horizon: LATER_TO, before: [escalated] },
];

const V6_SPRING: readonly Batch[] = [
  { count: 9, team: 'SI2C', opened: [LATER_FROM, '2024-07-05'], horizon: LATER_TO, before: [resolved] },
  { count: 6, team: 'DRASI', opened: [LATER_FROM, '2024-07-05'], horizon: LATER_TO, before: [resolved] },
];

/** The highest reference number of each channel among the tickets up to the spring of 2024. */
function lastRefs(tickets: readonly Ticket[]): Record<TicketChannel, number> {
  const last: Record<TicketChannel, number> = { itop: 0, mail: 0, phone: 0, visio: 0 };
  for (const t of tickets) {
    const n = Number(t.ref.slice(TICKET_PREFIX[t.channel].length));
    if (n > last[t.channel]) last[t.channel] = n;
  }
  return last;
}

function buildLaterTickets(): Ticket[] {
  const random = mulberry32(0x2418);
  const waves = [
    { batches: V6_SPRING, ranking: v6Ranking },
    { batches: basculeBatches(academieWave('V7').switchDate, 1), ranking: laterRanking.V7 },
    { batches: basculeBatches(academieWave('V8').switchDate, 3), ranking: laterRanking.V8 },
    {
      batches: [...basculeBatches(academieWave('V9').switchDate, 1.5), ...STILL_OPEN],
      ranking: laterRanking.V9,
    },
  ];
  const drafts = waves.flatMap(({ batches, ranking }) => {
    const choose = chooserOf(ranking);
    return batches.flatMap((batch) => draftBatch(random, batch, choose));
  });
  return withRefs(random, drafts, lastRefs(academieTickets));
}

/** Tickets opened after 31/03/2024, around the bascules of V7, V8 and V9, in opening order. */
export const laterTickets: readonly Ticket[] = buildLaterTickets();
