import { pipeline, Readable } from 'node:stream';
import { DEFAULT_IMPORT_LIMITS, ImportLimitPassed, type ImportLimits, tooManyRows } from './limits.js';
import type { RowError } from './parsed.js';

/** A file read as a table: its header, and each data row with its line and cells by header name. */
export interface TextTable {
  readonly header: string[];
  readonly rows: { readonly line: number; readonly cells: Record<string, string> }[];
}

type Parsed = { record: string[]; info: { lines: number } };

/** The text of a file as it comes, or all of it. */
export type TextSource = string | AsyncIterable<Buffer | string>;

/**
 * The text in chunks, BOM stripped and line ends made LF: csv-parse counts a CRLF inside a quoted
 * value as two lines, which would shift the line of every later row. A CR ending a chunk waits
 * for the next one, which may start with its LF.
 */
async function* lfText(source: TextSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let first = true;
  let carry = '';
  const chunks = typeof source === 'string' ? [source] : source;
  for await (const chunk of chunks) {
    let text = carry + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (first) text = text.replace(/^\uFEFF/, '');
    first = false;
    carry = text.endsWith('\r') ? '\r' : '';
    const lf = text.slice(0, text.length - carry.length).replace(/\r\n?/g, '\n');
    if (lf !== '') yield lf;
  }
  const rest = `${carry}${decoder.decode()}`.replace(/\r/g, '\n');
  if (rest !== '') yield rest;
}

/** The delimiter the header line uses most: French spreadsheets write `;`, others `,`. */
function detectDelimiter(head: string): ';' | ',' {
  const line = head.slice(0, head.search(/\n|$/));
  return line.split(';').length >= line.split(',').length ? ';' : ',';
}

/** The chunks up to the end of the header line, and the text they hold. */
async function headOf(text: AsyncIterator<string>): Promise<{ chunks: string[]; head: string }> {
  const chunks: string[] = [];
  let head = '';
  while (!head.includes('\n')) {
    const next = await text.next();
    if (next.done) break;
    chunks.push(next.value);
    head += next.value;
  }
  return { chunks, head };
}

const newlines = (field: string) => field.split('\n').length - 1;

/**
 * Reads a CSV file, streamed: BOM stripped, `;` or `,` (`auto`, the default: the one the header
 * uses most), quoted fields may hold separators and line breaks, CRLF or LF (line breaks in values
 * come back as LF), blank lines and rows of empty cells skipped, header names and cells trimmed.
 * Each row keeps the line it starts on (the header is line 1). A malformed file (an unclosed
 * quote, a row with more cells than the header) gives one error with its line instead of a table.
 * A table of more than `limits.maxRows` data rows is refused as soon as it passes them, by
 * throwing {@link ImportLimitPassed}, as is any limit the source throws.
 */
export async function readCsv(
  source: TextSource,
  options: { delimiter?: ';' | ',' | 'auto'; limits?: ImportLimits } = {},
): Promise<TextTable | RowError> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const text = lfText(source);
  const { chunks, head } = await headOf(text);
  const wanted = options.delimiter ?? 'auto';
  const delimiter = wanted === 'auto' ? detectDelimiter(head) : wanted;
  // An unclosed quote is reported at the end of the file; the row to fix is the one after the
  // last record read.
  let lastEnd = 0;
  // Loaded by the first import: a server that never imports does not load it at its start.
  const { parse } = await import('csv-parse');
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    info: true,
    on_record: (record, context) => {
      lastEnd = context.lines;
      return record;
    },
  });
  async function* all() {
    yield* chunks;
    yield* text;
  }
  const records = pipeline(Readable.from(all()), parser, () => undefined);
  let header: string[] | undefined;
  const rows: TextTable['rows'] = [];
  const overfull: number[] = [];
  try {
    for await (const { record, info } of records as AsyncIterable<Parsed>) {
      if (header === undefined) {
        header = record.map((h) => h.trim());
        continue;
      }
      if (rows.length === limits.maxRows) throw tooManyRows(limits);
      // info.lines is the line the record ends on; a record spanning lines starts earlier.
      const line = info.lines - record.reduce((n, field) => n + newlines(field), 0);
      if (record.slice(header.length).some((extra) => extra.trim() !== '')) overfull.push(line);
      const names = header;
      rows.push({ line, cells: Object.fromEntries(names.map((h, i) => [h, (record[i] ?? '').trim()])) });
    }
  } catch (error) {
    if (error instanceof ImportLimitPassed) throw error;
    const e = error as Error & { code?: string; lines?: number };
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? lastEnd + 1 : (e.lines ?? lastEnd + 1);
    return { line, field: '', reason: `malformed CSV: ${e.message}` };
  }
  if (!header) return { line: 1, field: '', reason: 'empty file: expected a header line' };
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
