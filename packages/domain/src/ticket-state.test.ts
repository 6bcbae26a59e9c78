import { describe, expect, it } from 'vitest';
import { addDays } from './date.js';
import type { Ticket, TicketEvent } from './ticket.js';
import { DEFAULT_STALE_AFTER_DAYS, staleCutoff, ticketPositionAt, ticketStateAt } from './ticket-state.js';

function ticket(history: TicketEvent[], team: Ticket['team'] = 'SI2C', openedOn = '2023-10-02'): Ticket {
  return { ref: 'R-000001', channel: 'itop', title: `${team} - question`, openedOn, team, history };
}

const lifecycle = ticket([
  { kind: 'requalified', on: '2023-10-03', to: 'DRASI' },
  { kind: 'escalated', on: '2023-10-05', to: 'c2s-montpellier' },
  { kind: 'returned', on: '2023-10-10', to: 'SI2C' },
  { kind: 'resolved', on: '2023-10-12' },
  { kind: 'reopened', on: '2023-10-20' },
  { kind: 'escalated', on: '2023-10-25', to: 'integrator' },
  { kind: 'resolved', on: '2023-11-02' },
]);

describe('ticketStateAt', () => {
  it('is null before the opening', () => {
    expect(ticketStateAt(lifecycle, '2023-10-01')).toBeNull();
  });

  it('starts open with the initial team on the day of opening', () => {
    expect(ticketStateAt(lifecycle, '2023-10-02')).toEqual({
      ref: 'R-000001',
      status: 'open',
      handler: 'SI2C',
      team: 'SI2C',
      level: 'academie',
      escalatedTo: null,
      ageDays: 0,
      openOverThreshold: false,
      resolvedOn: null,
    });
  });

  it('follows a requalification', () => {
    expect(ticketStateAt(lifecycle, '2023-10-03')).toMatchObject({
      handler: 'DRASI',
      team: 'DRASI',
      ageDays: 1,
    });
  });

  it('counts an escalated ticket as national, keeping the team', () => {
    expect(ticketStateAt(lifecycle, '2023-10-05')).toMatchObject({
      handler: 'national',
      team: 'DRASI',
      level: 'national',
      escalatedTo: 'c2s-montpellier',
    });
  });

  it('gives the ticket back to the team it is returned to', () => {
    expect(ticketStateAt(lifecycle, '2023-10-10')).toMatchObject({
      handler: 'SI2C',
      team: 'SI2C',
      level: 'academie',
      escalatedTo: null,
      status: 'open',
    });
  });

  it('resolves and reopens', () => {
    expect(ticketStateAt(lifecycle, '2023-10-12')).toMatchObject({
      status: 'resolved',
      resolvedOn: '2023-10-12',
    });
    expect(ticketStateAt(lifecycle, '2023-10-19')).toMatchObject({
      status: 'resolved',
      resolvedOn: '2023-10-12',
    });
    expect(ticketStateAt(lifecycle, '2023-10-20')).toMatchObject({
      status: 'open',
      resolvedOn: null,
      handler: 'SI2C',
    });
  });

  it('counts a ticket escalated to the integrator as national, at the integrator level', () => {
    expect(ticketStateAt(lifecycle, '2023-10-30')).toMatchObject({
      handler: 'national',
      level: 'integrator',
      escalatedTo: 'integrator',
      status: 'open',
      openOverThreshold: true,
    });
  });

  it('keeps the last resolution and the national handler of a ticket resolved while escalated', () => {
    expect(ticketStateAt(lifecycle, '2024-01-22')).toMatchObject({
      status: 'resolved',
      resolvedOn: '2023-11-02',
      handler: 'national',
      openOverThreshold: false,
      ageDays: 112,
    });
  });

  it('ignores events after the reference date, even out of order', () => {
    const t = ticket([
      { kind: 'resolved', on: '2023-12-01' },
      { kind: 'requalified', on: '2023-10-04', to: 'DRASI' },
    ]);
    expect(ticketStateAt(t, '2023-10-10')).toMatchObject({ status: 'open', handler: 'DRASI' });
  });

  it('is over the threshold only after more than 15 whole days', () => {
    const t = ticket([]);
    expect(DEFAULT_STALE_AFTER_DAYS).toBe(15);
    expect(ticketStateAt(t, addDays(t.openedOn, 15))).toMatchObject({
      ageDays: 15,
      openOverThreshold: false,
    });
    expect(ticketStateAt(t, addDays(t.openedOn, 16))).toMatchObject({ ageDays: 16, openOverThreshold: true });
  });

  it('takes another threshold as an argument', () => {
    const t = ticket([]);
    expect(ticketStateAt(t, addDays(t.openedOn, 8), 7)?.openOverThreshold).toBe(true);
    expect(ticketStateAt(t, addDays(t.openedOn, 7), 7)?.openOverThreshold).toBe(false);
  });

  it('agrees with the cutoff day used to count many tickets', () => {
    const asOf = '2024-01-22';
    expect(staleCutoff(asOf)).toBe('2024-01-07');
    expect(ticketStateAt(ticket([], 'SI2C', '2024-01-07'), asOf)?.openOverThreshold).toBe(false);
    expect(ticketStateAt(ticket([], 'SI2C', '2024-01-06'), asOf)?.openOverThreshold).toBe(true);
    expect(staleCutoff(asOf, 0)).toBe(asOf);
  });
});

describe('ticketPositionAt', () => {
  it('is the state without its age', () => {
    expect(ticketPositionAt(lifecycle, '2023-10-06')).toEqual({
      status: 'open',
      handler: 'national',
      team: 'DRASI',
      escalatedTo: 'c2s-montpellier',
      resolvedOn: null,
    });
    expect(ticketPositionAt(lifecycle, '2023-10-01')).toBeNull();
  });
});
