import {
  type AcademieTeam,
  type Eple,
  type EscalationTarget,
  type Sphere,
  type Ticket,
  type TicketChannel,
  type TicketEvent,
  toEpochDay,
} from '@opale/domain';
import { FUNCTIONS, subjectsOf } from '../academie/ticket-texts.js';
import { chance, pick, type Random, randomInt } from '../prng.js';
import { isoDay } from './days.js';

/** Tickets per EPLE on average: about 320,000 at scale 1. */
export const TICKETS_PER_EPLE = 40;

// Tickets come during the 18 months after the EPLE is created in op@le.
const ACTIVE_DAYS = 540;
const TARGETS: readonly EscalationTarget[] = [
  'c2s-montpellier',
  'c2s-montpellier',
  'daf',
  'guerande',
  'integrator',
];
const SPHERES: readonly Sphere[] = ['ordonnateur', 'gestionnaire', 'agent-comptable'];
const PREFIX: Record<TicketChannel, string> = { itop: 'R-', mail: 'MAIL-', phone: 'TEL-', visio: 'VISIO-' };
const OTHER: Record<AcademieTeam, AcademieTeam> = { SI2C: 'DRASI', DRASI: 'SI2C' };

function channelOf(random: Random): TicketChannel {
  const roll = random();
  if (roll < 0.92) return 'itop';
  if (roll < 0.96) return 'mail';
  return roll < 0.99 ? 'phone' : 'visio';
}

/** A plausible history: sometimes requalified, sometimes escalated (and returned), mostly resolved. */
function history(random: Random, opened: number, team: AcademieTeam): TicketEvent[] {
  const events: TicketEvent[] = [];
  let day = opened;
  let current = team;
  if (chance(random, 0.1)) {
    day += randomInt(random, 0, 3);
    current = OTHER[current];
    events.push({ kind: 'requalified', on: isoDay(day), to: current });
  }
  if (chance(random, 0.15)) {
    day += randomInt(random, 1, 6);
    events.push({ kind: 'escalated', on: isoDay(day), to: pick(random, TARGETS) });
    if (chance(random, 0.4)) {
      day += randomInt(random, 2, 20);
      events.push({ kind: 'returned', on: isoDay(day), to: current });
    }
  }
  if (chance(random, 0.93)) {
    day += randomInt(random, 1, 30);
    events.push({ kind: 'resolved', on: isoDay(day) });
    if (chance(random, 0.04)) {
      day += randomInt(random, 1, 10);
      events.push({ kind: 'reopened', on: isoDay(day) });
      day += randomInt(random, 1, 15);
      events.push({ kind: 'resolved', on: isoDay(day) });
    }
  }
  return events;
}

/** About {@link TICKETS_PER_EPLE} tickets per EPLE, each with its history; references unique per channel. */
export function nationalTickets(random: Random, eple: readonly Eple[]): Ticket[] {
  const tickets: Ticket[] = [];
  const counters: Record<TicketChannel, number> = { itop: 0, mail: 0, phone: 0, visio: 0 };
  for (const e of eple) {
    const first = toEpochDay(e.createdOn);
    const n = randomInt(random, TICKETS_PER_EPLE / 2, (TICKETS_PER_EPLE * 3) / 2);
    for (let i = 0; i < n; i += 1) {
      const channel = channelOf(random);
      counters[channel] += 1;
      const team: AcademieTeam = chance(random, 0.35) ? 'SI2C' : 'DRASI';
      const subjectTeam = chance(random, 0.1) ? OTHER[team] : team;
      const opened = first + randomInt(random, 0, ACTIVE_DAYS);
      const sphere = pick(random, SPHERES);
      tickets.push({
        ref: `${PREFIX[channel]}${String(counters[channel]).padStart(7, '0')}`,
        channel,
        service: 'op@le',
        title: `${team} - ${pick(random, subjectsOf(subjectTeam))}`,
        openedOn: isoDay(opened),
        uai: e.uai,
        team,
        requester: { function: pick(random, FUNCTIONS[sphere]) },
        environment: chance(random, 0.9) ? 'production' : 'sandbox',
        sphere,
        history: history(random, opened, team),
      });
    }
  }
  return tickets;
}
