import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTSIDE_ITOP_CHANNELS, outsideItop, ticketsOutsideItop } from './outside-itop.js';
import { ticketArb } from './ticket.fixture.js';
import type { Ticket } from './ticket.js';
import { ticketTable } from './ticket-table.js';

const options = { from: '2023-09-01', asOf: '2024-01-22' };
const opened = (ref: string, channel: Ticket['channel'], openedOn: string, title = 'DRASI - x'): Ticket =>
  ({
    ref,
    channel,
    openedOn,
    title,
    team: title.startsWith('SI2C') ? 'SI2C' : 'DRASI',
    history: [],
  }) as unknown as Ticket;

describe('requests outside ITOP', () => {
  it('are counted on their own line, by team and channel, and never in the ITOP table', () => {
    const tickets = [
      opened('M1', 'mail', '2023-10-02'),
      opened('P1', 'phone', '2023-11-03', 'SI2C - y'),
      opened('V1', 'visio', '2024-01-10', 'SI2C - z'),
      opened('I1', 'itop', '2023-10-02'),
      opened('OLD', 'mail', '2023-06-01'),
      opened('LATER', 'phone', '2024-02-01'),
    ];
    const line = outsideItop(tickets, options);
    expect(line).toEqual(
      expect.objectContaining({
        total: 3,
        si2c: 2,
        drasi: 1,
        national: 0,
        byChannel: { mail: 1, phone: 1, visio: 1 },
      }),
    );
    expect(ticketTable(tickets, options).all.total).toBe(1);
    expect(ticketsOutsideItop(tickets, options, 'SI2C').map((t) => t.ref)).toEqual(['P1', 'V1']);
    expect(ticketsOutsideItop(tickets, options, 'total', 'mail').map((t) => t.ref)).toEqual(['M1']);
  });

  it('has, for every figure, as many tickets behind it as it says', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }), (tickets) => {
        const line = outsideItop(tickets, options);
        expect(ticketsOutsideItop(tickets, options)).toHaveLength(line.total);
        expect(ticketsOutsideItop(tickets, options, 'SI2C')).toHaveLength(line.si2c);
        expect(ticketsOutsideItop(tickets, options, 'DRASI')).toHaveLength(line.drasi);
        expect(ticketsOutsideItop(tickets, options, 'national')).toHaveLength(line.national);
        for (const channel of OUTSIDE_ITOP_CHANNELS)
          expect(ticketsOutsideItop(tickets, options, 'total', channel)).toHaveLength(
            line.byChannel[channel],
          );
        for (const t of ticketsOutsideItop(tickets, options)) expect(t.channel).not.toBe('itop');
      }),
    );
  });
});
