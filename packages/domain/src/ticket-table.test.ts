import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay } from './date.js';
import { dayArb, ticketArb } from './ticket.fixture.js';
import { TICKET_CHANNELS, type Ticket, type TicketEvent } from './ticket.js';
import { ticketStateAt } from './ticket-state.js';
import { type TicketTableColumn, type TicketTableRow, ticketsInCell, ticketTable } from './ticket-table.js';
import { validateTicket } from './ticket-validate.js';

function t(
  ref: string,
  team: Ticket['team'],
  openedOn: string,
  history: TicketEvent[] = [],
  channel: Ticket['channel'] = 'itop',
): Ticket {
  return { ref, channel, title: `${team} - demande ${ref}`, openedOn, team, history };
}

// Where each ticket lands as of 2024-01-22 is written beside it; the expected rows add them up.
const tickets: Ticket[] = [
  t('T1', 'DRASI', '2023-09-05', [{ kind: 'resolved', on: '2023-09-10' }]), // resolved, DRASI
  t('T2', 'SI2C', '2023-10-01', [{ kind: 'requalified', on: '2023-10-02', to: 'DRASI' }]), // open > 15 d, DRASI
  t('T3', 'SI2C', '2024-01-15'), // open 7 d, SI2C
  t('T4', 'DRASI', '2023-11-01', [{ kind: 'escalated', on: '2023-11-05', to: 'daf' }]), // open > 15 d, national
  t('T5', 'DRASI', '2023-12-01', [
    { kind: 'escalated', on: '2023-12-02', to: 'guerande' },
    { kind: 'returned', on: '2023-12-10', to: 'SI2C' },
    { kind: 'resolved', on: '2023-12-12' },
  ]), // resolved, SI2C
  t('T6', 'SI2C', '2023-08-30'), // before the school year: not counted
  t('T7', 'SI2C', '2023-10-01', [], 'mail'), // by mail: not counted in the ITOP table
  t('T8', 'SI2C', '2024-01-23'), // after the reference date: not counted
  t('T9', 'SI2C', '2023-12-20', [{ kind: 'resolved', on: '2024-01-25' }]), // open 33 d as of asOf, SI2C
  t('T10', 'DRASI', '2024-01-06'), // open 16 d: over, DRASI
  t('T11', 'DRASI', '2024-01-07'), // open 15 d: not over, DRASI
  t('T12', 'DRASI', '2023-09-20', [
    { kind: 'escalated', on: '2023-09-25', to: 'integrator' },
    { kind: 'resolved', on: '2023-10-30' },
  ]), // resolved while escalated, national
  t('T13', 'SI2C', '2023-09-01', [
    { kind: 'resolved', on: '2023-09-15' },
    { kind: 'reopened', on: '2024-01-22' },
  ]), // reopened on asOf: open > 15 d, SI2C
];

const options = { from: '2023-09-01', asOf: '2024-01-22' };
const ROWS: TicketTableRow[] = ['all', 'resolved', 'inProgress', 'inProgressOverThreshold'];
const COLUMNS: TicketTableColumn[] = ['total', 'national', 'SI2C', 'DRASI'];
const KEY = { total: 'total', national: 'national', SI2C: 'si2c', DRASI: 'drasi' } as const;

describe('ticketTable', () => {
  it('counts a hand-built set', () => {
    expect(ticketTable(tickets, options)).toEqual({
      from: '2023-09-01',
      asOf: '2024-01-22',
      channel: 'itop',
      staleAfterDays: 15,
      all: { total: 10, national: 2, si2c: 4, drasi: 4 },
      resolved: { total: 3, national: 1, si2c: 1, drasi: 1 },
      inProgress: { total: 7, national: 1, si2c: 3, drasi: 3 },
      inProgressOverThreshold: { total: 5, national: 1, si2c: 2, drasi: 2 },
    });
  });

  it('counts another channel, a filter and another threshold', () => {
    expect(ticketTable(tickets, { ...options, channel: 'mail' }).all).toEqual({
      total: 1,
      national: 0,
      si2c: 1,
      drasi: 0,
    });
    const drasiFirst = ticketTable(tickets, { ...options, filter: (x) => x.team === 'DRASI' });
    expect(drasiFirst.all).toEqual({ total: 6, national: 2, si2c: 1, drasi: 3 });
    const month = ticketTable(tickets, { ...options, staleAfterDays: 30 });
    expect(month.staleAfterDays).toBe(30);
    expect(month.inProgressOverThreshold).toEqual({ total: 4, national: 1, si2c: 2, drasi: 1 });
  });

  it('is empty for no ticket', () => {
    expect(ticketTable([], options).all).toEqual({ total: 0, national: 0, si2c: 0, drasi: 0 });
  });
});

describe('ticketsInCell', () => {
  it('gives back the records behind a figure', () => {
    const refs = (row: TicketTableRow, column: TicketTableColumn) =>
      ticketsInCell(tickets, options, row, column).map((x) => x.ref);
    expect(refs('inProgressOverThreshold', 'total')).toEqual(['T2', 'T4', 'T9', 'T10', 'T13']);
    expect(refs('resolved', 'national')).toEqual(['T12']);
    expect(refs('all', 'SI2C')).toEqual(['T3', 'T5', 'T9', 'T13']);
    expect(refs('inProgress', 'DRASI')).toEqual(['T2', 'T10', 'T11']);
  });
});

const optionsArb = fc
  .record({ a: dayArb, b: dayArb, stale: fc.nat(60), channel: fc.constantFrom(...TICKET_CHANNELS) })
  .map(({ a, b, stale, channel }) => ({
    from: fromEpochDay(Math.min(a, b)),
    asOf: fromEpochDay(Math.max(a, b)),
    staleAfterDays: stale,
    channel,
  }));

describe('ticketTable properties', () => {
  it('generates valid tickets', () => {
    fc.assert(
      fc.property(ticketArb, (x) => {
        expect(validateTicket(x)).toEqual({ ok: true, value: x });
      }),
    );
  });

  it('adds up in every row and column', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }), optionsArb, (list, o) => {
        const table = ticketTable(list, o);
        for (const row of ROWS) {
          const r = table[row];
          expect(r.national + r.si2c + r.drasi).toBe(r.total);
        }
        for (const k of ['total', 'national', 'si2c', 'drasi'] as const) {
          expect(table.resolved[k] + table.inProgress[k]).toBe(table.all[k]);
          expect(table.inProgressOverThreshold[k]).toBeLessThanOrEqual(table.inProgress[k]);
        }
      }),
    );
  });

  it('traces every cell to as many tickets as it counts', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }), optionsArb, (list, o) => {
        const table = ticketTable(list, o);
        for (const row of ROWS) {
          for (const column of COLUMNS) {
            expect(ticketsInCell(list, o, row, column)).toHaveLength(table[row][KEY[column]]);
          }
        }
      }),
    );
  });

  it('classifies each ticket as its state says', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }), optionsArb, (list, o) => {
        const counted = list.filter(
          (x) => x.channel === o.channel && x.openedOn >= o.from && x.openedOn <= o.asOf,
        );
        const states = counted.map((x) => ticketStateAt(x, o.asOf, o.staleAfterDays));
        const over = counted.filter((_, i) => states[i]?.openOverThreshold);
        expect(ticketsInCell(list, o, 'inProgressOverThreshold', 'total')).toEqual(over);
        for (const h of ['national', 'SI2C', 'DRASI'] as const) {
          expect(ticketsInCell(list, o, 'all', h)).toEqual(
            counted.filter((_, i) => states[i]?.handler === h),
          );
        }
      }),
    );
  });
});
