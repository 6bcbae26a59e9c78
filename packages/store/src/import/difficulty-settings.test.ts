import { describe, expect, it } from 'vitest';
import { parseDifficultySettings } from './difficulty-settings.js';
import { csvTable } from './table.fixture.js';

describe('parseDifficultySettings', () => {
  it('reads one rule a line; an empty cell keeps the rule in force', async () => {
    const table = await csvTable(
      'en_vigueur_le;seuil_score;kit-below-10;open-tickets;jours_anciennete;motif\n' +
        '01/03/2099;4;5;;20;Revue de mars\n' +
        '2099-06-01;;;2,5;;\n',
    );
    expect(parseDifficultySettings(table)).toEqual({
      records: [
        {
          effectiveOn: '2099-03-01',
          rule: { scoreThreshold: 4, staleAfterDays: 20, weights: { 'kit-below-10': 5 } },
          reason: 'Revue de mars',
        },
        { effectiveOn: '2099-06-01', rule: { weights: { 'open-tickets': 2.5 } } },
      ],
      lines: [2, 3],
      errors: [],
      rows: 2,
    });
  });

  it('names the line and column of every bad cell', async () => {
    const table = await csvTable(
      'en_vigueur_le;seuil_score;kit-below-10;delai_budget\n' +
        '2099-03-01;-1;beaucoup;2\n' +
        '31/02/2099;3;1;1,5\n' +
        '2099-03-01;3;1;0\n',
    );
    const parsed = parseDifficultySettings(table);
    expect(parsed.records).toEqual([]);
    expect(parsed.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'kit-below-10'],
      [2, 'seuil_score'],
      [3, 'en_vigueur_le'],
      [3, 'delai_budget'],
      [4, 'en_vigueur_le'],
    ]);
    expect(parsed.errors[4]?.reason).toBe('2099-03-01 appears more than once in the file');
  });

  it('asks for the day of each rule', async () => {
    const parsed = parseDifficultySettings(await csvTable('seuil_score\n4\n'));
    expect(parsed.errors).toEqual([
      {
        line: 1,
        field: 'en_vigueur_le',
        reason: 'missing column: expected a column named "en_vigueur_le" or "effective_on" or "effectiveOn"',
      },
    ]);
  });
});
