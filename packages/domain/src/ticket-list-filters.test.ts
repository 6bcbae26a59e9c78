import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import { fromEpochDay } from './date.js';
import { dayArb, ticketArb } from './ticket.fixture.js';
import { ESCALATION_TARGETS, type Ticket } from './ticket.js';
import { checkTicket } from './ticket-check.js';
import { type TicketFilter, ticketsMatching } from './ticket-list.js';
import { ticketStateAt } from './ticket-state.js';

// The filters of issue 14 point 1: the period of opening, well-formedness, the national service.
const base = fixtureDataset();
const wellFormed: Ticket = {
  ref: 'R-9',
  channel: 'itop',
  service: 'op@le',
  title: 'SI2C - Mandat rejeté par le comptable',
  openedOn: '2024-01-05',
  uai: uai.calm,
  team: 'SI2C',
  requester: { lastName: 'Martin', firstName: 'Claire', function: 'gestionnaire' },
  environment: 'production',
  sphere: 'gestionnaire',
  operations: 'Saisie d’un mandat puis envoi au comptable',
  // Escalated to the DAF, then returned: it was national once, it is not any more on the 22nd.
  history: [
    { kind: 'escalated', on: '2024-01-08', to: 'daf' },
    { kind: 'returned', on: '2024-01-12', to: 'SI2C' },
  ],
};
const dataset = { eple: base.eple, tickets: [...base.tickets, wellFormed] };
const ON = '2024-01-22';
const refs = (filter: TicketFilter, asOf = ON) => ticketsMatching(dataset, filter, asOf).map((t) => t.ref);

describe('ticketsMatching by period, well-formedness and national service', () => {
  it.each<[TicketFilter, string[]]>([
    [{ openedFrom: '2024-01-05' }, ['R-4', 'R-2', 'R-9']],
    [{ openedTo: '2024-01-05' }, ['R-9', 'R-3', 'R-1']],
    [{ openedFrom: '2024-01-02', openedTo: '2024-01-15' }, ['R-2', 'R-9', 'R-3']],
    [{ openedFrom: '2024-01-16', openedTo: '2024-01-15' }, []],
    [{ openedFrom: '', openedTo: '' }, ['R-4', 'R-2', 'R-9', 'R-3', 'R-1']],
    [{ wellFormed: true }, ['R-9']],
    [{ wellFormed: false }, ['R-4', 'R-2', 'R-3', 'R-1']],
    [{ nationalService: 'c2s-montpellier' }, ['R-4']],
    [{ nationalService: 'daf' }, []],
    [{ nationalService: 'guerande' }, []],
  ])('filters by %o', (filter, expected) => {
    expect(refs(filter)).toEqual(expected);
  });

  it('reads the national service as of the day: escalated then, returned since', () => {
    expect(refs({ nationalService: 'daf' }, '2024-01-10')).toEqual(['R-9']);
    expect(refs({ nationalService: 'daf' }, '2024-01-12')).toEqual([]);
    expect(refs({ nationalService: 'c2s-montpellier' }, '2024-01-18')).toEqual([]);
  });

  it('keeps both bounds of the period, inclusive', () => {
    expect(refs({ openedFrom: '2024-01-05', openedTo: '2024-01-05' })).toEqual(['R-9']);
  });
});

const datasetArb = fc.array(fc.tuple(ticketArb, fc.boolean()), { maxLength: 30 }).map((list) => ({
  eple: base.eple,
  tickets: list.map(
    ([t, complete], i): Ticket =>
      complete ? { ...wellFormed, ...t, title: wellFormed.title, ref: `R-${i}` } : { ...t, ref: `R-${i}` },
  ),
}));
const filterArb: fc.Arbitrary<TicketFilter> = fc.record(
  {
    openedFrom: dayArb.map(fromEpochDay),
    openedTo: dayArb.map(fromEpochDay),
    wellFormed: fc.boolean(),
    nationalService: fc.constantFrom(...ESCALATION_TARGETS),
  },
  { requiredKeys: [] },
);

describe('ticketsMatching by period, well-formedness and national service, properties', () => {
  it('gives only tickets that satisfy each criterion, and every such ticket', () => {
    fc.assert(
      fc.property(datasetArb, filterArb, dayArb, (data, filter, day) => {
        const asOf = fromEpochDay(day);
        const kept = (t: Ticket) => {
          const state = ticketStateAt(t, asOf);
          return (
            state !== null &&
            (!filter.openedFrom || t.openedOn >= filter.openedFrom) &&
            (!filter.openedTo || t.openedOn <= filter.openedTo) &&
            (filter.wellFormed === undefined || checkTicket(t).wellFormed === filter.wellFormed) &&
            (!filter.nationalService || state.escalatedTo === filter.nationalService)
          );
        };
        const list = ticketsMatching(data, filter, asOf);
        expect(new Set(list)).toEqual(new Set(data.tickets.filter(kept)));
        if (filter.nationalService)
          expect(list.every((t) => ticketStateAt(t, asOf)?.handler === 'national')).toBe(true);
      }),
    );
  });
});
