import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requalifiedShares, requalifiedTickets } from './requalified.js';
import { ticketArb } from './ticket.fixture.js';
import type { Ticket, TicketEvent } from './ticket.js';

function ticket(ref: string, team: Ticket['team'], openedOn: string, history: TicketEvent[] = []): Ticket {
  return { ref, channel: 'itop', title: `${team} - demande`, openedOn, team, history };
}

const options = { from: '2023-09-01', asOf: '2024-01-22' };
const tickets: Ticket[] = [
  ticket('A', 'SI2C', '2023-10-02', [{ kind: 'requalified', on: '2023-10-03', to: 'DRASI' }]),
  // Requalified back and forth: counted once, for the team it was first given to.
  ticket('B', 'DRASI', '2023-11-06', [
    { kind: 'requalified', on: '2023-11-07', to: 'SI2C' },
    { kind: 'requalified', on: '2023-11-08', to: 'DRASI' },
  ]),
  ticket('C', 'DRASI', '2023-12-01'),
  ticket('D', 'DRASI', '2024-01-10', [{ kind: 'requalified', on: '2024-01-23', to: 'SI2C' }]),
  // Before the school year, by mail, opened after the day: outside the population.
  ticket('E', 'SI2C', '2023-08-31', [{ kind: 'requalified', on: '2023-09-02', to: 'DRASI' }]),
  {
    ...ticket('F', 'SI2C', '2023-10-02', [{ kind: 'requalified', on: '2023-10-03', to: 'DRASI' }]),
    channel: 'mail',
  },
  ticket('G', 'SI2C', '2024-01-23'),
];

describe('requalifiedShares', () => {
  it('counts per first team the tickets requalified on or before the day', () => {
    const shares = requalifiedShares(tickets, options);
    expect(shares).toEqual({
      from: '2023-09-01',
      asOf: '2024-01-22',
      channel: 'itop',
      teams: [
        { team: 'SI2C', rate: { numerator: 1, denominator: 1, percent: 100 } },
        { team: 'DRASI', rate: { numerator: 1, denominator: 3, percent: 33.33 } },
      ],
    });
  });

  it('does not change as of a past day when later records arrive', () => {
    const before = requalifiedShares(tickets, options);
    const later = [
      ...tickets,
      ticket('H', 'SI2C', '2024-01-25', [{ kind: 'requalified', on: '2024-01-25', to: 'DRASI' }]),
    ];
    expect(requalifiedShares(later, options)).toEqual(before);
    expect(requalifiedShares(tickets, { ...options, asOf: '2024-01-23' }).teams[1]?.rate.numerator).toBe(2);
  });

  it('gives no percentage to a team without tickets', () => {
    const shares = requalifiedShares([], options);
    expect(shares.teams.map((s) => s.rate)).toEqual([
      { numerator: 0, denominator: 0, percent: null },
      { numerator: 0, denominator: 0, percent: null },
    ]);
  });
});

describe('requalifiedTickets', () => {
  it('lists the tickets behind each figure', () => {
    expect(requalifiedTickets(tickets, options, 'SI2C').map((t) => t.ref)).toEqual(['A']);
    expect(requalifiedTickets(tickets, options, 'DRASI').map((t) => t.ref)).toEqual(['B']);
  });

  it('always holds as many tickets as the figure says', () => {
    fc.assert(
      fc.property(
        fc.array(ticketArb, { maxLength: 30 }),
        fc.constantFrom('2023-10-15', '2024-01-22'),
        (ts, asOf) => {
          const shares = requalifiedShares(ts, { from: '2023-09-01', asOf });
          for (const share of shares.teams) {
            const list = requalifiedTickets(ts, { from: '2023-09-01', asOf }, share.team);
            expect(list).toHaveLength(share.rate.numerator);
            expect(list.every((t) => t.team === share.team)).toBe(true);
          }
        },
      ),
    );
  });
});
