import { parse } from 'csv-parse/sync';
import type { RowError } from './parsed.js';

/** A file read as a table: its header, and each data row with its line and cells by header name. */
export interface TextTable {
  readonly header: string[];
  readonly rows: { readonly line: number; readonly cells: Record<string, string> }[];
}

/**
 * Reads a CSV file: BOM stripped, `;` or `,` (`auto`: the one the header uses most), quoted
 * fields may hold separators and line breaks, blank lines skipped. A malformed file gives one
 * error with its line instead of a table.
 */
export function readCsv(
  text: string,
  options: { delimiter?: ';' | ',' | 'auto' } = {},
): TextTable | RowError {
  const clean = text.replace(/^\uFEFF/, '');
  let delimiter = options.delimiter ?? 'auto';
  if (delimiter === 'auto') {
    const head = clean.slice(0, clean.search(/\r?\n|$/));
    delimiter = head.split(';').length >= head.split(',').length ? ';' : ',';
  }
  try {
    const records = parse(clean, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    const [first, ...data] = records;
    if (!first) return { line: 1, field: '', reason: 'empty file: expected a header line' };
    const header = first.record.map((h) => h.trim());
    const rows = data.map(({ record, info }) => ({
      // info.lines is the line the record ends on; a record spanning lines starts earlier.
      line: info.lines - record.reduce((n, field) => n + field.split('\n').length - 1, 0),
      cells: Object.fromEntries(header.map((h, i) => [h, (record[i] ?? '').trim()])),
    }));
    return { header, rows };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { line, field: '', reason: `malformed CSV: ${(error as Error).message}` };
  }
}
