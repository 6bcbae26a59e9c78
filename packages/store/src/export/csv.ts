import type { Cell, RowStream, Table } from './table.js';

/** Excel reads a UTF-8 file as such only when it starts with this mark. */
const BOM = '\uFEFF';
const EOL = '\r\n';
const SEPARATOR = ';';

// A text starting with one of these would be run as a formula by a spreadsheet: names come from
// imported files, so they are defused the way OWASP advises (a leading apostrophe).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

function numberText(value: number, percent: boolean): string {
  // French Excel reads `;`-separated files with a decimal comma.
  const text = percent ? value.toFixed(2) : String(value);
  return text.replace('.', ',');
}

function cellText(cell: Cell, percent: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell, percent);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function lineWriter(table: Pick<Table, 'percentColumns'>) {
  const percent = new Set(table.percentColumns ?? []);
  return (cells: readonly Cell[]) => cells.map((c, i) => cellText(c, percent.has(i))).join(SEPARATOR);
}

function tableLines(table: Table): string[] {
  const line = lineWriter(table);
  return [line(table.header), ...table.rows.map(line)];
}

/** How many characters of rows {@link csvChunks} gathers before it hands them out. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes one table as {@link toCsv} does, a piece at a time: the BOM and the header, then the
 * rows gathered by about 64 KiB, each row read from `table.rows` only when the previous piece has
 * been taken. An answer sent as it is written holds one piece in memory, not the whole list.
 */
export function* csvChunks(table: RowStream): Generator<string> {
  const line = lineWriter(table);
  yield BOM + line(table.header) + EOL;
  let chunk = '';
  for (const row of table.rows) {
    chunk += line(row) + EOL;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/**
 * Writes tables as CSV for Excel in France: `;`-separated, decimal comma, UTF-8 with a BOM, CRLF
 * line ends, fields quoted only when they must be. One table gives a plain file whose first line
 * is the header; several are each preceded by their title line and separated by a blank line.
 */
export function toCsv(tables: readonly Table[]): string {
  if (tables.length === 1 && tables[0]) return BOM + tableLines(tables[0]).join(EOL) + EOL;
  const blocks = tables.map((t) => [cellText(t.title, false), ...tableLines(t)].join(EOL));
  return BOM + blocks.join(EOL + EOL) + (blocks.length > 0 ? EOL : '');
}
