import { type IsoDate, type Ticket, type TicketPosition, ticketPositionAt } from '@opale/domain';
import { academieDemo } from './dataset.js';

/**
 * A demo ticket open on `day`, the first that `keep` accepts, as it stood that day: its history
 * cut at the day and its ref marked (`R-045331-<mark>`). A test records it and changes it on
 * `day` (a change never comes before the previous event), whatever the demo records after that
 * day: its tickets still open in January 2024 are all closed later on. Throws when none is open.
 */
export function demoTicketOpenOn(
  day: IsoDate,
  keep: (position: TicketPosition, ticket: Ticket) => boolean = () => true,
  mark = 'test',
): Ticket {
  for (const ticket of academieDemo.tickets) {
    const position = ticketPositionAt(ticket, day);
    if (position?.status !== 'open' || !keep(position, ticket)) continue;
    return { ...ticket, ref: `${ticket.ref}-${mark}`, history: ticket.history.filter((e) => e.on <= day) };
  }
  throw new Error(`no demo ticket open on ${day} fits`);
}
