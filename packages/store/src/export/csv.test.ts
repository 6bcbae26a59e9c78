import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { demoReport } from './demo-report.fixture.js';
import { reportTables } from './report-tables.js';
import type { Table } from './table.js';

const report = demoReport();
const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('toCsv', () => {
  it('writes the ticket table for Excel in France: BOM, `;`, CRLF', () => {
    const csv = toCsv(reportTables(report, 'tickets', academieDemo));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines(csv)).toEqual([
      'Demandes;Total;Remontées au national;Prise en charge par le SI2C;Prise en charge par la DRASI',
      'Tous statuts;324;48;65;211',
      'Demandes résolues;264;36;62;166',
      'Demandes en cours;60;12;3;45',
      'Demandes en cours de plus de 15 j;28;2;0;26',
      '',
    ]);
  });

  it('writes percentages with two decimals and a decimal comma', () => {
    const csv = lines(toCsv(reportTables(report, 'budgets', academieDemo)));
    expect(csv.find((l) => l.startsWith('V6;'))).toMatch(/^V6;2024;50;61;81,96;0020398X, /);
    expect(csv.find((l) => l.startsWith('V1;'))).toBe('V1;2021;1;1;100,00;');
    expect(csv.find((l) => l.startsWith('V3;'))).toBe('V3;2022;0;0;;');
  });

  it('quotes only the fields that need it and defuses formulas', () => {
    const table: Table = {
      name: 'Essai',
      title: 'Essai',
      header: ['Nom', 'Note', 'Valeur'],
      rows: [
        ['Collège "Les Tilleuls"; annexe', 'ligne 1\nligne 2', 0.5],
        ['Collège Jules Ferry', '=HYPERLINK("x")', null],
        [' espace', '-3', -3],
      ],
    };
    expect(lines(toCsv([table]))).toEqual([
      'Nom;Note;Valeur',
      '"Collège ""Les Tilleuls""; annexe";"ligne 1\nligne 2";0,5',
      `Collège Jules Ferry;"'=HYPERLINK(""x"")";`,
      `" espace";'-3;-3`,
      '',
    ]);
  });

  it('separates several tables by a blank line and a title line', () => {
    const csv = lines(toCsv(reportTables(report, 'report', academieDemo)));
    const titles = reportTables(report, 'report', academieDemo).map((t) => t.title);
    expect(csv[0]).toBe('Vagues de déploiement au 22/01/2024');
    expect(csv[1]).toBe('Vague;Bascule;EPLE prévus;EPLE rattachés;Écart;Jalons en retard');
    const afterBlank = csv.flatMap((l, i) => (l === '' && i < csv.length - 1 ? [csv[i + 1]] : []));
    expect(afterBlank).toEqual(titles.slice(1).map((t) => (t.includes(';') ? `"${t}"` : t)));
    expect(csv).toContain('Tous statuts;324;48;65;211');
  });

  it('writes only the mark for no table', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });
});
