import type { Ticket } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { eventsFromItop } from './merge.js';

const opened: Ticket = {
  ref: 'OP-1',
  channel: 'itop',
  title: 'DRASI - Accès FM1 refusé',
  openedOn: '2024-01-15',
  uai: '0801666B',
  team: 'DRASI',
  history: [],
};

describe('what iTop changed, appended to the ticket opale holds', () => {
  it('copies an escalation made in iTop, and the return from it', () => {
    const escalated = {
      ...opened,
      history: [{ kind: 'escalated' as const, on: '2024-01-16', to: 'daf' as const }],
    };
    expect(eventsFromItop(opened, escalated, '2024-01-17')).toEqual([
      { kind: 'escalated', on: '2024-01-17', to: 'daf', by: 'itop' },
    ]);
    expect(eventsFromItop(escalated, opened, '2024-01-18')).toEqual([
      { kind: 'returned', on: '2024-01-18', to: 'DRASI', by: 'itop' },
    ]);
    // Both sides agree: nothing to add.
    expect(eventsFromItop(escalated, escalated, '2024-01-18')).toEqual([]);
  });

  it('takes iTop’s team and status, after opale’s own events', () => {
    const fromItop = {
      ...opened,
      history: [
        { kind: 'requalified' as const, on: '2024-01-16', to: 'SI2C' as const },
        { kind: 'resolved' as const, on: '2024-01-17' },
      ],
    };
    expect(eventsFromItop(opened, fromItop, '2024-01-17')).toEqual([
      { kind: 'requalified', on: '2024-01-17', to: 'SI2C', by: 'itop' },
      { kind: 'resolved', on: '2024-01-17', by: 'itop' },
    ]);
  });
});
