// Loaded when a workbook is read or written: exceljs is a second of a server's start otherwise.
import type ExcelJS from 'exceljs';
import type { TextTable } from './csv.js';
import { DEFAULT_IMPORT_LIMITS, ImportLimitPassed, type ImportLimits, tooManyRows } from './limits.js';
import type { RowError } from './parsed.js';
import { type WorkbookParts, workbookParts } from './xlsx-parts.js';

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

const READER_OPTIONS = {
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  worksheets: 'emit',
  entries: 'ignore',
} as const;

type Sheet = ExcelJS.stream.xlsx.WorksheetReader;

/** The names of the sheets, in the workbook's order, once exceljs has read xl/workbook.xml. */
const sheetNames = (reader: ExcelJS.stream.xlsx.WorkbookReader): string[] =>
  ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);

function headerOf(row: ExcelJS.Row): string[] {
  const header: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = cellText(cell.value);
  });
  return Array.from(header, (h) => h ?? '');
}

async function readSheet(sheet: Sheet, parts: WorkbookParts, limits: ImportLimits): Promise<TextTable> {
  const rows = sheet[Symbol.asyncIterator]();
  let names: string[] | undefined;
  let read = 0;
  const out: TextTable['rows'] = [];
  for (let next = await parts.until(rows.next()); !next.done; next = await parts.until(rows.next())) {
    const row = next.value;
    if (names === undefined) {
      names = row.number === 1 ? headerOf(row) : [];
      if (row.number === 1) continue;
    }
    read += 1;
    if (read > limits.maxRows) throw tooManyRows(limits);
    const cells = Object.fromEntries(names.map((h, i) => [h, cellText(row.getCell(i + 1).value)]));
    if (Object.values(cells).some((v) => v !== '')) out.push({ line: row.number, cells });
  }
  return { header: names ?? [], rows: out };
}

const notWorkbook = (reason: string): RowError => ({
  line: 0,
  field: '',
  reason: `expected an XLSX workbook: ${reason}`,
});

/**
 * Reads the first sheet (or the sheet named `sheet`) of the XLSX workbook at `path` as a table
 * like {@link readCsv}: row 1 is the header, days become `YYYY-MM-DD`, numbers text, empty rows
 * are skipped. Lines are the sheet's row numbers. The workbook is streamed: only the parts read
 * are inflated, one sheet's row at a time. It is refused by throwing {@link ImportLimitPassed}
 * when its parts declare more than `limits.maxInflatedBytes` (before inflating anything), or when
 * the sheet holds more than `limits.maxRows` (as soon as it does). An unreadable or damaged file
 * (a part that inflates to more than it declares), or a missing sheet, gives one error instead.
 */
export async function readXlsx(
  path: string,
  options: { readonly sheet?: string; readonly limits?: ImportLimits } = {},
): Promise<TextTable | RowError> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const parts = await workbookParts(path, limits);
  if (typeof parts === 'string') return notWorkbook(parts);
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(parts.zip, READER_OPTIONS);
  try {
    const sheets = reader[Symbol.asyncIterator]();
    for (let next = await parts.until(sheets.next()); !next.done; next = await parts.until(sheets.next())) {
      const name = (next.value as unknown as { name: string }).name;
      // A sheet passed over is skipped unparsed.
      if (name === (options.sheet ?? sheetNames(reader)[0] ?? name))
        return await readSheet(next.value, parts, limits);
    }
    const names = sheetNames(reader).map((n) => JSON.stringify(n));
    return {
      line: 0,
      field: '',
      reason: `expected a sheet named ${JSON.stringify(options.sheet)}; the workbook has ${names.join(', ') || 'none'}`,
    };
  } catch (error) {
    const cause = parts.failure() ?? error;
    if (cause instanceof ImportLimitPassed) throw cause;
    return notWorkbook(cause instanceof Error ? cause.message : String(cause));
  } finally {
    parts.zip.destroy();
  }
}
