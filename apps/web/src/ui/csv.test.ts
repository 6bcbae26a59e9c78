import { describe, expect, it } from 'vitest';
import { fileSlug, toCsv } from './csv';

describe('CSV for spreadsheets in French', () => {
  it('separates with semicolons, quotes only what must be, and starts with a BOM', () => {
    const csv = toCsv([
      ['', 'Total'],
      ['Demandes « en cours »; plus de 15 j', '28'],
      ['Titre "SI2C"', '1'],
    ]);
    expect(csv).toBe('\ufeff;Total\r\n"Demandes « en cours »; plus de 15 j";28\r\n"Titre ""SI2C""";1\r\n');
  });

  it('names files without accents or spaces', () => {
    expect(fileSlug('Demandes d’assistance 2024-01-22')).toBe('demandes-d-assistance-2024-01-22');
  });
});
