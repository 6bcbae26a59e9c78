import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSISTANCE_LEVELS } from './assistance.js';
import { fixtureDataset, uai } from './dataset.fixture.js';
import { fromEpochDay } from './date.js';
import { dayArb, ticketArb } from './ticket.fixture.js';
import { ACADEMIE_TEAMS, HANDLERS, TICKET_CHANNELS, type Ticket } from './ticket.js';
import { type TicketFilter, ticketsMatching } from './ticket-list.js';
import { TICKET_STATUSES, ticketStateAt } from './ticket-state.js';

const base = fixtureDataset();
const extra: Ticket[] = [
  {
    ref: 'R-5',
    channel: 'itop',
    title: 'SI2C - budget',
    openedOn: '2023-11-01',
    uai: uai.agence,
    team: 'SI2C',
    history: [],
  },
  {
    ref: 'R-6',
    channel: 'mail',
    title: 'SI2C - sans établissement',
    openedOn: '2024-01-10',
    team: 'SI2C',
    history: [{ kind: 'escalated', on: '2024-01-11', to: 'integrator' }],
  },
  {
    ref: 'R-7',
    channel: 'itop',
    title: 'DRASI - plus tard',
    openedOn: '2024-02-01',
    uai: uai.busy,
    team: 'DRASI',
    history: [],
  },
];
// As the store reads them: oldest first, by day then reference.
const tickets = [...base.tickets, ...extra].sort((a, b) =>
  a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : a.ref < b.ref ? -1 : 1,
);
const dataset = { eple: base.eple, tickets };
const ON = '2024-01-22';
const refs = (filter: TicketFilter, asOf = ON, visible?: (t: Ticket) => boolean) =>
  ticketsMatching(dataset, filter, asOf, visible).map((t) => t.ref);

describe('ticketsMatching', () => {
  it('lists the tickets opened by the day, newest first', () => {
    expect(refs({})).toEqual(['R-4', 'R-2', 'R-6', 'R-3', 'R-1', 'R-5']);
  });

  it('leaves out a ticket not yet opened on the day, and shows it once it is', () => {
    expect(refs({ uai: uai.busy })).not.toContain('R-7');
    expect(refs({ uai: uai.busy }, '2024-02-01')).toEqual(['R-7', 'R-2', 'R-3', 'R-1']);
  });

  it.each<[TicketFilter, string[]]>([
    [{ handler: 'national' }, ['R-4', 'R-6']],
    [{ handler: 'DRASI' }, ['R-2', 'R-3', 'R-1']],
    [{ handler: 'SI2C' }, ['R-5']],
    [{ status: 'resolved' }, ['R-3']],
    [{ status: 'open' }, ['R-4', 'R-2', 'R-6', 'R-1', 'R-5']],
    [{ team: 'DRASI' }, ['R-4', 'R-2', 'R-3', 'R-1']],
    [{ team: 'SI2C' }, ['R-6', 'R-5']],
    [{ level: 'national' }, ['R-4']],
    [{ level: 'integrator' }, ['R-6']],
    [{ level: 'academie' }, ['R-2', 'R-3', 'R-1', 'R-5']],
    [{ overThreshold: true }, ['R-1', 'R-5']],
    [{ overThreshold: false }, ['R-4', 'R-2', 'R-6', 'R-3']],
    [{ minAgeDays: 20 }, ['R-3', 'R-1', 'R-5']],
    [{ minAgeDays: 0 }, ['R-4', 'R-2', 'R-6', 'R-3', 'R-1', 'R-5']],
    [{ uai: uai.busy }, ['R-2', 'R-3', 'R-1']],
    [{ uai: '' }, ['R-4', 'R-2', 'R-6', 'R-3', 'R-1', 'R-5']],
    [{ waveId: 'V2' }, ['R-4', 'R-2', 'R-3', 'R-1']],
    [{ waveId: 'V1' }, ['R-5']],
    [{ waveId: 'V9' }, []],
  ])('filters by %o', (filter, expected) => {
    expect(refs(filter)).toEqual(expected);
  });

  it('combines the criteria', () => {
    expect(refs({ team: 'DRASI', status: 'open', minAgeDays: 5 })).toEqual(['R-2', 'R-1']);
    expect(refs({ waveId: 'V2', handler: 'national' })).toEqual(['R-4']);
    expect(refs({ uai: uai.busy, overThreshold: true, status: 'open' })).toEqual(['R-1']);
    expect(refs({ waveId: 'V1', team: 'DRASI' })).toEqual([]);
  });

  it('keeps the requests of one channel: ITOP, or mail, phone or visio', () => {
    for (const channel of TICKET_CHANNELS) {
      const kept = ticketsMatching(dataset, { channel }, ON);
      expect(kept.every((t) => t.channel === channel)).toBe(true);
      expect(kept).toHaveLength(ticketsMatching(dataset, {}, ON).filter((t) => t.channel === channel).length);
    }
    expect(refs({ channel: 'mail' })).toEqual(['R-6']);
  });

  it('shows only what the caller may see', () => {
    expect(refs({}, ON, (t) => t.uai === uai.calm)).toEqual(['R-4']);
  });

  it('is newest first whatever order the tickets come in, and the store order reversed', () => {
    const byRef = (ref: string) => tickets.find((t) => t.ref === ref) as Ticket;
    const shuffled = { eple: base.eple, tickets: ['R-3', 'R-5', 'R-4', 'R-1'].map(byRef) };
    expect(ticketsMatching(shuffled, {}, ON).map((t) => t.ref)).toEqual(['R-4', 'R-3', 'R-1', 'R-5']);
    const opened = tickets.filter((t) => t.openedOn <= ON);
    expect(ticketsMatching(dataset, {}, ON)).toEqual([...opened].reverse());
  });
});

const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const uais = [uai.agence, uai.calm, uai.late, uai.busy, uai.next];
const datasetArb = fc
  .array(fc.tuple(ticketArb, some(fc.constantFrom(...uais))), { maxLength: 30 })
  .map((list) => ({
    eple: base.eple,
    tickets: list.map(([t, u], i): Ticket => ({ ...t, ref: `R-${i}`, uai: u })),
  }));
const filterArb: fc.Arbitrary<TicketFilter> = fc.record(
  {
    handler: fc.constantFrom(...HANDLERS),
    status: fc.constantFrom(...TICKET_STATUSES),
    team: fc.constantFrom(...ACADEMIE_TEAMS),
    level: fc.constantFrom(...ASSISTANCE_LEVELS),
    overThreshold: fc.boolean(),
    minAgeDays: fc.nat(60),
    uai: fc.constantFrom(...uais),
    waveId: fc.constantFrom('V1', 'V2'),
  },
  { requiredKeys: [] },
);

describe('ticketsMatching properties', () => {
  it('gives tickets of the dataset, each satisfying every criterion, newest first', () => {
    fc.assert(
      fc.property(datasetArb, filterArb, dayArb, (data, filter, day) => {
        const asOf = fromEpochDay(day);
        const list = ticketsMatching(data, filter, asOf);
        const waveOf = new Map(data.eple.map((e) => [e.uai, e.waveId]));
        for (const t of list) {
          expect(data.tickets).toContain(t);
          const state = ticketStateAt(t, asOf);
          expect(state).not.toBeNull();
          if (filter.handler) expect(state?.handler).toBe(filter.handler);
          if (filter.status) expect(state?.status).toBe(filter.status);
          if (filter.team) expect(state?.team).toBe(filter.team);
          if (filter.level) expect(state?.level).toBe(filter.level);
          if (filter.overThreshold !== undefined) expect(state?.openOverThreshold).toBe(filter.overThreshold);
          if (filter.minAgeDays !== undefined)
            expect(state?.ageDays).toBeGreaterThanOrEqual(filter.minAgeDays);
          if (filter.uai) expect(t.uai).toBe(filter.uai);
          if (filter.waveId) expect(waveOf.get(t.uai ?? '')).toBe(filter.waveId);
        }
        expect(new Set(list).size).toBe(list.length);
        for (let i = 1; i < list.length; i++) {
          expect((list[i - 1] as Ticket).openedOn >= (list[i] as Ticket).openedOn).toBe(true);
        }
      }),
    );
  });

  it('keeps exactly the tickets that each criterion alone keeps', () => {
    fc.assert(
      fc.property(datasetArb, filterArb, dayArb, (data, filter, day) => {
        const asOf = fromEpochDay(day);
        const alone = Object.entries(filter).map(
          ([key, value]) => new Set(ticketsMatching(data, { [key]: value }, asOf)),
        );
        const every = ticketsMatching(data, {}, asOf).filter((t) => alone.every((kept) => kept.has(t)));
        expect(ticketsMatching(data, filter, asOf)).toEqual(every);
      }),
    );
  });
});
