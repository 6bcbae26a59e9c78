import { replayTicket, scratchPosition, validateTicket } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { type ItopRecord, mapItopTicket, mapItopTickets } from './itop-map.js';

const base: ItopRecord = {
  ref: 'R-000001',
  title: 'SI2C - Budget rectificatif impossible à valider',
  status: 'assigned',
  start_date: '2024-01-08 09:00:00',
  assignment_date: '2024-01-09 10:00:00',
  team_id_friendlyname: 'SI2C Amiens',
  service_name: 'op@le',
};

function map(changes: ItopRecord, where?: string) {
  return mapItopTicket({ ...base, ...changes }, { line: 7, ...(where ? { where } : {}) });
}

function historyOf(changes: ItopRecord) {
  const mapped = map(changes);
  if (!mapped.ok) throw new Error(JSON.stringify(mapped.errors));
  return mapped.ticket.history;
}

describe('mapItopTicket', () => {
  it('maps a well-formed ticket, valid for the domain', () => {
    const mapped = map({ caller_id_friendlyname: 'Léa Fictif', org_id_friendlyname: 'Collège 0801234G' });
    expect(mapped).toEqual({
      ok: true,
      ticket: {
        ref: 'R-000001',
        channel: 'itop',
        service: 'op@le',
        title: 'SI2C - Budget rectificatif impossible à valider',
        openedOn: '2024-01-08',
        uai: '0801234G',
        team: 'SI2C',
        requester: { firstName: 'Léa', lastName: 'Fictif' },
        history: [],
      },
    });
    if (mapped.ok) expect(validateTicket(mapped.ticket).ok).toBe(true);
  });

  it('requalifies to the other académie team on the assignment day, or the opening day', () => {
    expect(historyOf({ team_id_friendlyname: 'DRASI' })).toEqual([
      { kind: 'requalified', on: '2024-01-09', to: 'DRASI' },
    ]);
    expect(historyOf({ team_id_friendlyname: 'DRASI', assignment_date: '' })).toEqual([
      { kind: 'requalified', on: '2024-01-08', to: 'DRASI' },
    ]);
  });

  it('escalates to the level the team names, counted as national by the domain', () => {
    const mapped = map({ team_id_friendlyname: 'C2S Montpellier' });
    expect(mapped.ok && mapped.ticket.history).toEqual([
      { kind: 'escalated', on: '2024-01-09', to: 'c2s-montpellier' },
    ]);
    if (mapped.ok)
      expect(replayTicket(mapped.ticket, '2024-01-22', scratchPosition())?.handler).toBe('national');
  });

  it('escalates on the flag only when its reason names a level', () => {
    expect(historyOf({ escalation_flag: 'yes', escalation_reason: 'Transmis à la DAF' })).toEqual([
      { kind: 'escalated', on: '2024-01-09', to: 'daf' },
    ]);
    expect(historyOf({ escalation_flag: 'Oui', escalation_reason: 'à surveiller' })).toEqual([]);
  });

  it('takes SLA overruns for open tickets, not for hand-overs', () => {
    expect(historyOf({ status: 'escalated_tto', assignment_date: '', team_id_friendlyname: '' })).toEqual([]);
  });

  it('resolves on resolution_date, else close_date, and a rejected request on last_update', () => {
    expect(historyOf({ status: 'resolved', resolution_date: '2024-01-10 08:00:00' })).toEqual([
      { kind: 'resolved', on: '2024-01-10' },
    ]);
    expect(historyOf({ status: 'closed', close_date: '2024-01-12 08:00:00' })).toEqual([
      { kind: 'resolved', on: '2024-01-12' },
    ]);
    expect(historyOf({ status: 'rejected', last_update: '2024-01-11 08:00:00' })).toEqual([
      { kind: 'resolved', on: '2024-01-11' },
    ]);
  });

  it('reopens a reopened ticket, or an open one that keeps a resolution date', () => {
    const reopened = [
      { kind: 'resolved', on: '2024-01-10' },
      { kind: 'reopened', on: '2024-01-15' },
    ];
    const dates = { resolution_date: '2024-01-10 08:00:00', last_update: '2024-01-15 09:00:00' };
    expect(historyOf({ status: 'reopened', ...dates })).toEqual(reopened);
    expect(historyOf({ status: 'assigned', ...dates })).toEqual(reopened);
    expect(historyOf({ status: 'reopened', ...dates, last_update: '' })).toEqual([
      { kind: 'resolved', on: '2024-01-10' },
      { kind: 'reopened', on: '2024-01-10' },
    ]);
  });

  it('takes the first team from the team when the title has no prefix', () => {
    const mapped = map({ title: 'Impossible d’imprimer les mandats', team_id_friendlyname: 'DRASI' });
    expect(mapped.ok && [mapped.ticket.team, mapped.ticket.history]).toEqual(['DRASI', []]);
  });

  it('finds the UAI in the description when the organisation has none', () => {
    const mapped = map({ org_id_friendlyname: 'Rectorat', description: '<p>EPLE 0801234X, 0801234G</p>' });
    expect(mapped.ok && mapped.ticket.uai).toBe('0801234G');
  });

  it('names the field and the object of each error, every one of them', () => {
    const mapped = map(
      {
        title: 'Sans préfixe',
        team_id_friendlyname: 'DAF',
        status: 'en cours',
        start_date: 'hier',
        org_id_friendlyname: 'Collège 0801234A',
        escalation_flag: 'peut-être',
      },
      'object UserRequest::12',
    );
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.errors.map((e) => [e.line, e.field])).toEqual([
      [7, 'status'],
      [7, 'start_date'],
      [7, 'title'],
      [7, 'escalation_flag'],
      [7, 'org_id_friendlyname'],
    ]);
    for (const e of mapped.errors) expect(e.reason).toMatch(/^object UserRequest::12: expected /);
    expect(mapped.errors[4]?.reason).toContain('expected 0801234G');
  });

  it('refuses events dated before the opening', () => {
    const mapped = map({ status: 'resolved', resolution_date: '2024-01-02 10:00:00', assignment_date: '' });
    expect(mapped.ok ? [] : mapped.errors).toEqual([
      {
        line: 7,
        field: 'resolution_date',
        reason: 'expected a date on or after start_date (2024-01-08), got 2024-01-02',
      },
    ]);
  });
});

describe('mapItopTickets', () => {
  it('reports a reference met twice on its second record, even after a bad first one', () => {
    const { records, errors } = mapItopTickets([
      { record: { ...base, status: '?' }, source: { line: 2 } },
      { record: base, source: { line: 3 } },
      { record: { ...base, ref: 'R-000002' }, source: { line: 4 } },
    ]);
    expect(records.map((t) => t.ref)).toEqual(['R-000002']);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'status'],
      [3, 'ref'],
    ]);
    expect(errors[1]?.reason).toBe('expected a unique reference, got R-000001 again (first at line 2)');
  });
});
