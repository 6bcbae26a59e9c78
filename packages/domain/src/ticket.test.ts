import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ACADEMIE_TEAMS,
  HANDLERS,
  parseTicketTitle,
  TICKET_CHANGE_KINDS,
  TICKET_EVENT_KINDS,
  type TicketChangeKind,
  type TicketEvent,
  teamFromTitle,
} from './ticket.js';

describe('the fixed sets of values', () => {
  it('a ticket is handled by the national level or one of the académie teams', () => {
    expect(HANDLERS).toEqual(['national', ...ACADEMIE_TEAMS]);
  });

  it('the changes of a ticket are exactly the kinds of its events', () => {
    expectTypeOf<TicketChangeKind>().toEqualTypeOf<TicketEvent['kind']>();
    expect(TICKET_EVENT_KINDS).toBe(TICKET_CHANGE_KINDS);
  });
});

describe('teamFromTitle', () => {
  it.each([
    ['SI2C - Ouverture de crédits refusée', 'SI2C'],
    ['DRASI - Accès impossible au bac à sable', 'DRASI'],
    ['si2c : droits constatés', 'SI2C'],
    ['Drasi: certificat expiré', 'DRASI'],
    ['   SI2C mandat rejeté', 'SI2C'],
    ['[SI2C] Ordre de recette', 'SI2C'],
    ['[drasi]Connexion', 'DRASI'],
    ['(DRASI) connexion', 'DRASI'],
    ['SI2C', 'SI2C'],
    ['DRASI—lenteurs', 'DRASI'],
    ['SI2C/DRASI question mixte', 'SI2C'],
  ])('%j names %s', (title, team) => {
    expect(teamFromTitle(title)).toBe(team);
  });

  it.each([
    'Problème de budget SI2C',
    'SI2CX mandat',
    'DRASIE connexion',
    'SI 2C mandat',
    '',
    '   ',
    'op@le - SI2C',
  ])('%j names no team', (title) => {
    expect(teamFromTitle(title)).toBeNull();
  });
});

describe('parseTicketTitle', () => {
  it('drops the prefix and its separators', () => {
    expect(parseTicketTitle(' [SI2C] - Ordre de recette bloqué ')).toEqual({
      team: 'SI2C',
      rest: 'Ordre de recette bloqué',
    });
    expect(parseTicketTitle('DRASI : ')).toEqual({ team: 'DRASI', rest: '' });
  });

  it('keeps the whole title when there is no prefix', () => {
    expect(parseTicketTitle('  Mandat rejeté  ')).toEqual({ team: null, rest: 'Mandat rejeté' });
  });
});
