import type { Eple, IsoDate, Ticket, TicketChannel } from '@opale/domain';
import { chance, mulberry32, pick, type Random, randomInt } from '../prng.js';
import { earlyEple } from './eple-early.js';
import { type Draft, draftBatch } from './ticket-builder.js';
import { COMMITTEE_BATCHES } from './tickets-committee.js';
import { OTHER_BATCHES } from './tickets-other.js';
import { v6Ranking } from './v6-ranking.js';
import { academieWave, createdOnOf } from './waves.js';

const V6_CREATED = createdOnOf(academieWave('V6'));

/**
 * The EPLE a ticket is about: a V6 EPLE three times in four once V6 exists in op@le (they are
 * the ones learning the tool), otherwise an EPLE of an earlier wave already in op@le that day.
 * V6 EPLE are drawn more often the lower they rank: those struggling ask the most.
 */
function chooseEple(random: Random, openedOn: IsoDate): Eple {
  if (openedOn >= V6_CREATED && chance(random, 0.75)) {
    return v6Ranking[Math.floor(random() ** 1.6 * v6Ranking.length)] as Eple;
  }
  return pick(
    random,
    earlyEple.filter((e) => e.createdOn <= openedOn),
  );
}

export const TICKET_PREFIX: Record<TicketChannel, string> = {
  itop: 'R-',
  mail: 'MAIL-',
  phone: 'TEL-',
  visio: 'VISIO-',
};

/**
 * Gives references in opening order, per channel: ITOP numbers grow with gaps (other services'
 * tickets take the numbers between), the others are counted; each channel's count starts after
 * `after`.
 */
export function withRefs(
  random: Random,
  drafts: readonly Draft[],
  after: Readonly<Record<TicketChannel, number>> = { itop: 41_200, mail: 0, phone: 0, visio: 0 },
): Ticket[] {
  const ordered = [...drafts].sort((a, b) =>
    a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0,
  );
  const counters: Record<TicketChannel, number> = { ...after };
  return ordered.map((d) => {
    counters[d.channel] += d.channel === 'itop' ? randomInt(random, 1, 25) : 1;
    const width = d.channel === 'itop' ? 6 : 3;
    return { ref: `${TICKET_PREFIX[d.channel]}${String(counters[d.channel]).padStart(width, '0')}`, ...d };
  });
}

function buildTickets(): Ticket[] {
  const random = mulberry32(0x1709);
  const drafts = [...COMMITTEE_BATCHES, ...OTHER_BATCHES].flatMap((batch) =>
    draftBatch(random, batch, chooseEple),
  );
  return withRefs(random, drafts);
}

/** Every assistance request of the demo, in opening order. */
export const academieTickets: readonly Ticket[] = buildTickets();
