import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDeployment } from './deployment.js';
import { parseKitProgress } from './records.js';
import { readXlsx } from './xlsx.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Writes a workbook to a file of its own, for readXlsx to read as an import from disk would. */
async function roundTrip(sheets: Record<string, unknown[][]>, file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  const path = join(mkdtempSync(join(tmpdir(), 'opale-xlsx-')), file);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

describe('readXlsx', () => {
  it('reads the first sheet: days as ISO, numbers as text, formulas by result, empty rows skipped', async () => {
    const file = await roundTrip(
      {
        Suivi: [
          [' uai ', 'exercice', 'date', 'lien', 'total'],
          [
            '0801234G',
            2024,
            day('2024-01-19'),
            { text: 'fiche', hyperlink: 'https://example.org' },
            { formula: '1+1', result: 2 },
          ],
          [],
          ['0021234F', 2025, '19/01/2025', { richText: [{ text: 'a' }, { text: 'b' }] }, null],
        ],
        Autre: [['x'], ['y']],
      },
      'suivi.xlsx',
    );
    const t = await readXlsx(file);
    expect(t).toEqual({
      header: ['uai', 'exercice', 'date', 'lien', 'total'],
      rows: [
        {
          line: 2,
          cells: { uai: '0801234G', exercice: '2024', date: '2024-01-19', lien: 'fiche', total: '2' },
        },
        { line: 4, cells: { uai: '0021234F', exercice: '2025', date: '19/01/2025', lien: 'ab', total: '' } },
      ],
    });
    expect(await readXlsx(file, { sheet: 'Autre' })).toEqual({
      header: ['x'],
      rows: [{ line: 2, cells: { x: 'y' } }],
    });
  });

  it('says which sheets there are when the one asked for is missing, and rejects a file that is no workbook', async () => {
    const file = await roundTrip({ Suivi: [['a']] }, 'one.xlsx');
    expect(await readXlsx(file, { sheet: 'Vagues' })).toMatchObject({
      line: 0,
      reason: 'expected a sheet named "Vagues"; the workbook has "Suivi"',
    });
    const text = join(mkdtempSync(join(tmpdir(), 'opale-xlsx-')), 'waves.xlsx');
    writeFileSync(text, 'uai;vague\n');
    expect(await readXlsx(text)).toMatchObject({
      line: 0,
      reason: expect.stringContaining('expected an XLSX workbook'),
    });
  });

  it('reads the académie table from a workbook, with the sheet row of each error', async () => {
    const file = await roundTrip(
      {
        Déploiement: [
          ['UAI', 'Nom', 'Agence comptable', 'Vague', 'Création op@le'],
          ['0801234G', 'Collège des Hêtres', '0800010B', 6, day('2023-10-06')],
          ['0800010B', 'Lycée du Bocage', '0800010B', 'V2', '08/10/2021'],
          ['0801234H', 'Collège faux', '0800010B', 'V6', null],
        ],
      },
      'deployment.xlsx',
    );
    const t = await readXlsx(file);
    if (!('rows' in t)) throw new Error(t.reason);
    const r = parseDeployment(t);
    expect(r.records).toEqual([
      {
        uai: '0801234G',
        name: 'Collège des Hêtres',
        agenceUai: '0800010B',
        waveId: 'V6',
        createdOn: '2023-10-06',
      },
      {
        uai: '0800010B',
        name: 'Lycée du Bocage',
        agenceUai: '0800010B',
        waveId: 'V2',
        createdOn: '2021-10-08',
      },
    ]);
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([[4, 'uai']]);
  });

  it('reads kit progress from a workbook with its own column names', async () => {
    const file = await roundTrip(
      {
        Kit: [
          ['Établissement', 'Action du kit', 'Finalisée le', 'État'],
          ['0801234G', 'CE-01', day('2023-11-15'), 'Finalisée'],
          ['0801234G', 'AC-01', day('2023-12-01'), 'Annulée'],
          ['0021234F', 'CE-01', null, 'À faire'],
          ['0021234F', 'AC-01', null, 'Finalisée'],
        ],
      },
      'kit-progress.xlsx',
    );
    const t = await readXlsx(file);
    if (!('rows' in t)) throw new Error(t.reason);
    const r = parseKitProgress(t, {
      uai: 'Établissement',
      action: 'Action du kit',
      date: 'Finalisée le',
      status: 'État',
    });
    expect(r.records).toEqual([
      { uai: '0801234G', actionId: 'CE-01', kind: 'finalized', on: '2023-11-15' },
      { uai: '0801234G', actionId: 'AC-01', kind: 'undone', on: '2023-12-01' },
    ]);
    expect(r.errors).toEqual([
      { line: 5, field: 'Finalisée le', reason: 'expected the day the action was finalized' },
    ]);
  });
});
