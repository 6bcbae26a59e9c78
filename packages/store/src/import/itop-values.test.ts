import { describe, expect, it } from 'vitest';
import { classifyItopTeam, itopDay, itopStatus, requesterOf, uaiTokens } from './itop-values.js';

describe('itopDay', () => {
  it('keeps the calendar day of an iTop date-time, as written', () => {
    expect(itopDay('2024-01-19 23:59:59')).toBe('2024-01-19');
    expect(itopDay('2024-01-19 00:00:00')).toBe('2024-01-19');
    expect(itopDay('2024-01-19')).toBe('2024-01-19');
    expect(itopDay('2024-01-19T08:30')).toBe('2024-01-19');
  });

  it('reads the French form of a localised export', () => {
    expect(itopDay('19/01/2024 17:42:05')).toBe('2024-01-19');
    expect(itopDay('19/01/2024 17:42')).toBe('2024-01-19');
    expect(itopDay('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects what is not a real day and time', () => {
    for (const bad of [
      '2023-02-29 10:00:00',
      '2024-01-19 24:00:00',
      '2024-01-19 10:60',
      '19 janvier 2024',
      '',
    ])
      expect(itopDay(bad)).toBeNull();
  });
});

describe('itopStatus', () => {
  it('reads codes and French labels', () => {
    expect(itopStatus('escalated_ttr')).toBe('escalated_ttr');
    expect(itopStatus(' Résolue ')).toBe('resolved');
    expect(itopStatus("En attente d'approbation")).toBe('waiting_for_approval');
    expect(itopStatus('Escalade TTO')).toBe('escalated_tto');
    expect(itopStatus('Ré-ouverte')).toBe('reopened');
    expect(itopStatus('en cours')).toBeNull();
  });
});

describe('classifyItopTeam', () => {
  it('finds the académie team in the name', () => {
    expect(classifyItopTeam('SI2C Amiens')).toEqual({ kind: 'academie', team: 'SI2C' });
    expect(classifyItopTeam('Assistance DRASI')).toEqual({ kind: 'academie', team: 'DRASI' });
  });

  it('finds the level beyond the académie', () => {
    expect(classifyItopTeam('C2S Montpellier')).toEqual({ kind: 'escalation', to: 'c2s-montpellier' });
    expect(classifyItopTeam("DAF - Maîtrise d'ouvrage")).toEqual({ kind: 'escalation', to: 'daf' });
    expect(classifyItopTeam('Plateforme de Guérande')).toEqual({ kind: 'escalation', to: 'guerande' });
    expect(classifyItopTeam('Intégrateur')).toEqual({ kind: 'escalation', to: 'integrator' });
  });

  it('knows nothing of other teams, nor of a name with both académie teams', () => {
    expect(classifyItopTeam('Support bureautique')).toEqual({ kind: 'unknown' });
    expect(classifyItopTeam('SI2C et DRASI')).toEqual({ kind: 'unknown' });
    expect(classifyItopTeam('DRASIE')).toEqual({ kind: 'unknown' });
  });
});

describe('uaiTokens and requesterOf', () => {
  it('finds UAI-shaped words, not parts of longer ones, outside HTML tags', () => {
    expect(uaiTokens('<p data-x="0801234G">Collège 0801234g, voir 10801234G</p>')).toEqual(['0801234g']);
  });

  it('splits a Person friendly name as iTop writes it: first name, then name', () => {
    expect(requesterOf('Jeanne de la Tour')).toEqual({ firstName: 'Jeanne', lastName: 'de la Tour' });
    expect(requesterOf('Fictif')).toEqual({ lastName: 'Fictif' });
    expect(requesterOf('42')).toBeUndefined();
    expect(requesterOf('')).toBeUndefined();
  });
});
