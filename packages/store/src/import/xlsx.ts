import ExcelJS from 'exceljs';
import type { TextTable } from './csv.js';
import type { RowError } from './parsed.js';

/** The text of a cell as a CSV would hold it: days as `YYYY-MM-DD`, numbers as written, formulas by result. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  // Excel stores days without a time zone and exceljs reads them as UTC midnight: the UTC day is the day.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  // A hyperlink's text may itself be rich text.
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  // Error values (#N/A, #REF!) hold nothing to import.
  return '';
}

/**
 * Reads the first sheet (or the sheet named `sheet`) of an XLSX workbook as a table like
 * {@link readCsv}: row 1 is the header, days become `YYYY-MM-DD`, numbers text, empty rows are
 * skipped. Lines are the sheet's row numbers. An unreadable file or a missing sheet gives one
 * error instead of a table.
 */
export async function readXlsx(buffer: Buffer, sheet?: string): Promise<TextTable | RowError> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    return { line: 0, field: '', reason: `expected an XLSX workbook: ${(error as Error).message}` };
  }
  const ws = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!ws) {
    const names = workbook.worksheets.map((w) => JSON.stringify(w.name)).join(', ');
    return {
      line: 0,
      field: '',
      reason:
        sheet === undefined
          ? 'expected a workbook with at least one sheet'
          : `expected a sheet named ${JSON.stringify(sheet)}; the workbook has ${names || 'none'}`,
    };
  }
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = cellText(cell.value);
  });
  const names = Array.from(header, (h) => h ?? '');
  const rows: TextTable['rows'] = [];
  ws.eachRow((row, line) => {
    if (line === 1) return;
    const cells = Object.fromEntries(names.map((h, i) => [h, cellText(row.getCell(i + 1).value)]));
    if (Object.values(cells).some((v) => v !== '')) rows.push({ line, cells });
  });
  return { header: names, rows };
}
