import { type IsoDate, type Ticket, type TicketEvent, ticketStateAt } from '@opale/domain';
import { ITOP_ACTOR } from './outbox.js';

// Far enough to read where a ticket stands after every event of its history.
const END_OF_TIME = '9999-12-31' as IsoDate;

/**
 * What opale appends to a stored ticket when iTop shows it otherwise: the rule when both sides
 * changed is that iTop wins on the status (and on the team in charge), and opale keeps both in the
 * history. Nothing of opale's history is removed: the events iTop implies are added after it, by
 * `itop`, on `day` (the day of iTop's last update) or the ticket's last event's day if later. An
 * escalation comes back too: escalated in iTop, the ticket is escalated in opale to the same
 * service; back from the escalation in iTop, it is returned to iTop's team.
 */
export function eventsFromItop(stored: Ticket, fromItop: Ticket, day: IsoDate): TicketEvent[] {
  const mine = ticketStateAt(stored, END_OF_TIME);
  const theirs = ticketStateAt(fromItop, END_OF_TIME);
  if (!mine || !theirs) return [];
  const last = stored.history.at(-1)?.on ?? stored.openedOn;
  const on = day > last ? day : last;
  const events: TicketEvent[] = [];
  if (theirs.team !== mine.team && mine.status === 'open')
    events.push({ kind: 'requalified', on, to: theirs.team, by: ITOP_ACTOR });
  if (theirs.status === 'open' && mine.status === 'open' && theirs.escalatedTo !== mine.escalatedTo) {
    if (theirs.escalatedTo !== null)
      events.push({ kind: 'escalated', on, to: theirs.escalatedTo, by: ITOP_ACTOR });
    else events.push({ kind: 'returned', on, to: theirs.team, by: ITOP_ACTOR });
  }
  if (theirs.status !== mine.status)
    events.push(
      theirs.status === 'resolved'
        ? { kind: 'resolved', on, by: ITOP_ACTOR }
        : { kind: 'reopened', on, by: ITOP_ACTOR },
    );
  return events;
}
