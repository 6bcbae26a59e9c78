import {
  addDays,
  type EscalationTarget,
  type IsoDate,
  type Ticket,
  type TicketEvent,
  ticketPositionAt,
} from '@opale/domain';
import { chance, mulberry32, pick, type Random, randomInt } from '../../prng.js';
import { LATER_FROM } from './period.js';

// The last day of the records up to the spring of 2024: the tickets still open then are closed after it.
const SPRING = addDays(LATER_FROM, -1);
const TARGETS: readonly EscalationTarget[] = ['c2s-montpellier', 'c2s-montpellier', 'daf', 'integrator'];

/**
 * What happens to a ticket still open on 31/03/2024, from April on: an escalated one comes back
 * from the national level and its team resolves it; about one other in six is escalated first and
 * comes back; the rest are resolved by their team within weeks.
 */
function closing(random: Random, ticket: Ticket): TicketEvent[] {
  const position = ticketPositionAt(ticket, SPRING);
  if (position === null || position.status !== 'open') return [];
  const team = position.team;
  const events: TicketEvent[] = [];
  // The team takes each one up again in the first three weeks of April.
  let on: IsoDate = addDays(SPRING, randomInt(random, 1, 20));
  const escalated = position.escalatedTo !== null;
  if (!escalated && chance(random, 1 / 6)) {
    events.push({ kind: 'escalated', on, to: pick(random, TARGETS) });
    on = addDays(on, randomInt(random, 5, 30));
  }
  if (escalated || events.length > 0) {
    on = escalated ? addDays(on, randomInt(random, 10, 40)) : on;
    events.push({ kind: 'returned', on, to: team, by: team });
    on = addDays(on, randomInt(random, 1, 10));
  } else {
    on = addDays(on, randomInt(random, 0, 25));
  }
  events.push({ kind: 'resolved', on, by: team });
  return events;
}

/**
 * The tickets up to the spring of 2024, those still open on 31/03/2024 closed after it (see
 * {@link closing}): nothing changes on or before that day, so every figure up to it stays.
 */
export function closedAfterSpring(tickets: readonly Ticket[]): Ticket[] {
  const random = mulberry32(0xc105ed);
  return tickets.map((t) => {
    const events = closing(random, t);
    return events.length === 0 ? t : { ...t, history: [...t.history, ...events] };
  });
}
