import { describe, expect, it } from 'vitest';
import { findColumns, headerKey, numberOrText, parseDay } from './cells.js';

describe('cells', () => {
  it('compares header names without case, accents, spaces or punctuation', () => {
    expect(headerKey('Création op@le')).toBe(headerKey('creation_opale'));
    expect(headerKey(' Agence  comptable ')).toBe('agencecomptable');
    expect(headerKey('Date-exécutoire')).toBe(headerKey('DATE_EXECUTOIRE'));
  });

  it('reads days written the ISO or the French way, and only real days', () => {
    expect(['2024-01-19', '19/01/2024', '9/1/2024', ' 29/02/2024 '].map(parseDay)).toEqual([
      '2024-01-19',
      '2024-01-19',
      '2024-01-09',
      '2024-02-29',
    ]);
    expect(['29/02/2023', '2024-13-01', '01/19/2024', '19.01.2024', ''].map(parseDay)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('finds columns under any of their names and reports missing ones by their first name', () => {
    const table = { header: ['UAI', 'Agence comptable'], rows: [] };
    const found = findColumns(table, {
      uai: { names: ['uai'], required: true },
      agence: { names: ['agence_comptable', 'agence'], required: true },
      wave: { names: ['vague', 'wave'], required: true },
      name: { names: ['nom'], required: false },
    });
    expect(found.columns).toEqual({ uai: 'UAI', agence: 'Agence comptable' });
    expect(found.errors).toEqual([
      { line: 1, field: 'vague', reason: 'missing column: expected a column named "vague" or "wave"' },
    ]);
  });

  it('hands numbers to validators as numbers and anything else as text', () => {
    expect(['61', '1,5', '-1', 'six', ''].map(numberOrText)).toEqual([61, 1.5, -1, 'six', '']);
  });
});
