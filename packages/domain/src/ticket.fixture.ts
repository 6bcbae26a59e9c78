import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from './date.js';
import {
  ACADEMIE_TEAMS,
  ESCALATION_TARGETS,
  TICKET_CHANNELS,
  type Ticket,
  type TicketEvent,
} from './ticket.js';

/** A day of the school year 2023-2024, give or take a few months, as an epoch day. */
export const dayArb = fc.integer({ min: toEpochDay('2023-06-01'), max: toEpochDay('2024-06-30') });
const stepArb = fc.record({
  gap: fc.nat(40),
  pick: fc.nat(99),
  team: fc.constantFrom(...ACADEMIE_TEAMS),
  target: fc.constantFrom(...ESCALATION_TARGETS),
});
/** Valid tickets, built by replaying only the events that are possible at each step; no UAI. */
export const ticketArb = fc
  .record({
    channel: fc.constantFrom(...TICKET_CHANNELS),
    team: fc.constantFrom(...ACADEMIE_TEAMS),
    openDay: dayArb,
    steps: fc.array(stepArb, { maxLength: 8 }),
  })
  .map(({ channel, team, openDay, steps }): Ticket => {
    let day = openDay;
    let open = true;
    let escalated = false;
    const history: TicketEvent[] = [];
    for (const s of steps) {
      day += s.gap;
      const on = fromEpochDay(day);
      const possible: TicketEvent[] = [{ kind: 'requalified', on, to: s.team }];
      possible.push(
        escalated ? { kind: 'returned', on, to: s.team } : { kind: 'escalated', on, to: s.target },
      );
      possible.push(open ? { kind: 'resolved', on } : { kind: 'reopened', on });
      const event = possible[s.pick % possible.length] as TicketEvent;
      if (event.kind === 'escalated' || event.kind === 'returned') escalated = event.kind === 'escalated';
      if (event.kind === 'resolved' || event.kind === 'reopened') open = event.kind === 'reopened';
      history.push(event);
    }
    return {
      ref: `R-${openDay}`,
      channel,
      title: `${team} - demande`,
      openedOn: fromEpochDay(openDay),
      team,
      history,
    };
  });
