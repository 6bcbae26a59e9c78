import { academieDemo } from '@opale/sample-data';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoReport } from './demo-report.fixture.js';
import { reportTables } from './report-tables.js';
import type { Table } from './table.js';
import { toXlsx } from './xlsx.js';

const report = demoReport();
const meta = { asOf: report.asOf, academie: report.academie.name };

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const cells = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

function rowStarting(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  for (let i = 1; i <= sheet.rowCount; i++)
    if (sheet.getRow(i).getCell(1).value === first) return sheet.getRow(i);
  throw new Error(`no row starting with ${first}`);
}

describe('toXlsx', async () => {
  const workbook = await readBack(await toXlsx(reportTables(report, 'report', academieDemo), meta));
  const sheet = (name: string) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };

  it('opens with an information sheet, then one sheet per table', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Informations',
      'Vagues',
      'Agences comptables',
      'Budgets exécutoires',
      'Kit de bascule',
      'Demandes ITOP',
      'Tickets requalifiés',
      'EPLE en difficulté',
      'Règle de difficulté',
      'Historique de la règle',
      'Formation',
      'Calendrier des vagues',
      'Restitutions op@le',
    ]);
    const info = sheet('Informations');
    expect(cells(info.getRow(1))).toEqual(['Académie', "Académie d'Amiens"]);
    expect(cells(info.getRow(2))).toEqual(['Situation au', '22/01/2024']);
    expect(cells(info.getRow(9))).toEqual([
      'Demandes ITOP',
      "Demandes d'assistance sur ITOP depuis le 01/09/2023, au 22/01/2024",
    ]);
  });

  it('writes a bold, frozen header and sized columns', () => {
    const budgets = sheet('Budgets exécutoires');
    expect(cells(budgets.getRow(1))).toEqual([
      'Vague',
      'Exercice',
      'Budgets exécutoires',
      'EPLE',
      'Taux (%)',
      'EPLE en attente',
    ]);
    expect(budgets.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(budgets.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(budgets.getColumn(3).width).toBe('Budgets exécutoires'.length + 2);
    expect(budgets.getColumn(6).width).toBe(60);
  });

  it('keeps figures as numbers and the percentage with two decimals', () => {
    const v6 = rowStarting(sheet('Budgets exécutoires'), 'V6');
    expect([2, 3, 4, 5].map((c) => v6.getCell(c).value)).toEqual([2024, 50, 61, 81.96]);
    expect(v6.getCell(5).numFmt).toBe('0.00');
    expect(rowStarting(sheet('Budgets exécutoires'), 'V3').getCell(5).value).toBeNull();
  });

  it('writes the ticket table as numbers', () => {
    const tickets = sheet('Demandes ITOP');
    expect(cells(rowStarting(tickets, 'Tous statuts'))).toEqual(['Tous statuts', 324, 48, 65, 211]);
    expect(cells(rowStarting(tickets, 'Demandes en cours de plus de 15 j')).slice(1)).toEqual([28, 2, 0, 26]);
  });

  it('makes valid, distinct sheet names of any table name', async () => {
    const table = (name: string): Table => ({ name, title: name, header: ['A'], rows: [['=1+1']] });
    const book = await readBack(
      await toXlsx(
        [
          table('Suivi / EPLE [V6]: une très longue désignation'),
          table('Informations'),
          table('Essai'),
          table('Essai'),
        ],
        meta,
      ),
    );
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual([
      'Informations',
      'Suivi EPLE V6 une très longue d',
      'Informations (2)',
      'Essai',
      'Essai (2)',
    ]);
    expect(book.worksheets[3]?.getRow(2).getCell(1).value).toBe('=1+1');
  });
});
