import { parse } from 'csv-parse/sync';
import type { RowError } from './parsed.js';

/** A file read as a table: its header, and each data row with its line and cells by header name. */
export interface TextTable {
  readonly header: string[];
  readonly rows: { readonly line: number; readonly cells: Record<string, string> }[];
}

type Parsed = { record: string[]; info: { lines: number } };

/** The delimiter the header line uses most: French spreadsheets write `;`, others `,`. */
function detectDelimiter(text: string): ';' | ',' {
  const head = text.slice(0, text.search(/\r?\n|$/));
  return head.split(';').length >= head.split(',').length ? ';' : ',';
}

const newlines = (field: string) => field.split('\n').length - 1;

/**
 * Reads a CSV file: BOM stripped, `;` or `,` (`auto`, the default: the one the header uses
 * most), quoted fields may hold separators and line breaks, CRLF or LF (line breaks in values come back as LF), blank lines and rows of
 * empty cells skipped, header names and cells trimmed. Each row keeps the line it starts on (the
 * header is line 1). A malformed file (an unclosed quote, a row with more cells than the header)
 * gives one error with its line instead of a table.
 */
export function readCsv(
  text: string,
  options: { delimiter?: ';' | ',' | 'auto' } = {},
): TextTable | RowError {
  // csv-parse counts a CRLF inside a quoted value as two lines, which would shift the line of
  // every later row: line ends are made LF first.
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const wanted = options.delimiter ?? 'auto';
  const delimiter = wanted === 'auto' ? detectDelimiter(clean) : wanted;
  // An unclosed quote is reported at the end of the file; the row to fix is the one after the
  // last record read.
  let lastEnd = 0;
  let records: Parsed[];
  try {
    records = parse(clean, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
      on_record: (record, context) => {
        lastEnd = context.lines;
        return record;
      },
    }) as unknown as Parsed[];
  } catch (error) {
    const e = error as Error & { code?: string; lines?: number };
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? lastEnd + 1 : (e.lines ?? lastEnd + 1);
    return { line, field: '', reason: `malformed CSV: ${e.message}` };
  }
  const [first, ...data] = records;
  if (!first) return { line: 1, field: '', reason: 'empty file: expected a header line' };
  const header = first.record.map((h) => h.trim());
  const rows: TextTable['rows'] = [];
  const overfull: number[] = [];
  for (const { record, info } of data) {
    // info.lines is the line the record ends on; a record spanning lines starts earlier.
    const line = info.lines - record.reduce((n, field) => n + newlines(field), 0);
    if (record.slice(header.length).some((extra) => extra.trim() !== '')) overfull.push(line);
    rows.push({ line, cells: Object.fromEntries(header.map((h, i) => [h, (record[i] ?? '').trim()])) });
  }
  const [firstOverfull] = overfull;
  if (firstOverfull !== undefined) {
    const others = overfull.length > 1 ? ` (and ${overfull.length - 1} other rows)` : '';
    return {
      line: firstOverfull,
      field: '',
      reason: `expected at most ${header.length} cells as in the header, got more${others}: a "${delimiter}" inside a value must be quoted`,
    };
  }
  return { header, rows };
}
