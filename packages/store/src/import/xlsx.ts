import ExcelJS from 'exceljs';
import type { TextTable } from './csv.js';
import type { RowError } from './parsed.js';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value).trim();
}

/**
 * Reads the first sheet (or `sheet`) of an XLSX workbook as a table like {@link readCsv}: row 1
 * is the header, dates become `YYYY-MM-DD`, numbers text. Lines are the sheet's row numbers.
 */
export async function readXlsx(buffer: Buffer, sheet?: string): Promise<TextTable | RowError> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    return { line: 0, field: '', reason: `not a readable XLSX file: ${(error as Error).message}` };
  }
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!ws) return { line: 0, field: '', reason: `no sheet ${sheet ?? ''} in the workbook` };
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = cellText(cell.value);
  });
  const rows: TextTable['rows'] = [];
  ws.eachRow((row, line) => {
    if (line === 1) return;
    const cells = Object.fromEntries(header.map((h, i) => [h, cellText(row.getCell(i + 1).value)]));
    if (Object.values(cells).some((v) => v !== '')) rows.push({ line, cells });
  });
  return { header, rows };
}
