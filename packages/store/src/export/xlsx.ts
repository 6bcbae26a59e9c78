// Loaded when a workbook is read or written: exceljs is a second of a server's start otherwise.
import type ExcelJS from 'exceljs';
import { type Cell, frenchDate, type Table } from './table.js';

const INFO_SHEET = 'Informations';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

// Excel refuses these characters in a sheet name, and names longer than 31 characters.
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\\s]+/g, ' ')
      .trim()
      .slice(0, 31)
      .trimEnd() || 'Tableau';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function width(cells: readonly Cell[]): number {
  const longest = Math.max(0, ...cells.map((c) => (c === null ? 0 : String(c).length)));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

function addTable(workbook: ExcelJS.Workbook, table: Table, name: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // The title goes into the printed page header: row 1 stays the header, so filters work.
  sheet.headerFooter.oddHeader = `&C${table.title.replaceAll('&', '&&')}`;
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  const percent = new Set(table.percentColumns ?? []);
  table.header.forEach((head, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width([head, ...table.rows.map((r) => r[i] ?? null)]);
    if (column.width === MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
    if (percent.has(i)) column.numFmt = '0.00';
  });
  if (table.header.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  }
}

function addInformation(
  sheet: ExcelJS.Worksheet,
  meta: { asOf: string; academie: string },
  contents: readonly (readonly [string, string])[],
): void {
  sheet.addRows([['Académie', meta.academie], ['Situation au', frenchDate(meta.asOf)], []]);
  sheet.addRow(['Feuille', 'Contenu']).font = { bold: true };
  sheet.addRows(contents.map(([name, title]) => [name, title]));
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(1).width = width(['Situation au', ...contents.map(([name]) => name)]);
  sheet.getColumn(2).width = width([meta.academie, ...contents.map(([, title]) => title)]);
}

/**
 * Writes tables as an Excel workbook: a first "Informations" sheet with the académie, the date
 * and what each sheet holds, then one sheet per table with a bold, frozen and filterable header,
 * columns sized to their content, figures as numbers and percentages with two decimals.
 */
export async function toXlsx(
  tables: readonly Table[],
  meta: { asOf: string; academie: string },
): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'opale';
  // Dated by the report, not the clock: the same report gives the same workbook properties.
  const day = new Date(`${meta.asOf}T00:00:00Z`);
  if (!Number.isNaN(day.getTime())) {
    workbook.created = day;
    workbook.modified = day;
  }
  const taken = new Set([INFO_SHEET.toLowerCase()]);
  const info = workbook.addWorksheet(INFO_SHEET);
  const names = tables.map((t) => sheetName(t.name, taken));
  addInformation(
    info,
    meta,
    tables.map((t, i) => [names[i] ?? t.name, t.title] as const),
  );
  tables.forEach((t, i) => {
    addTable(workbook, t, names[i] ?? t.name);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
