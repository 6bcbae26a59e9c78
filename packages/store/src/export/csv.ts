import type { Cell, Table } from './table.js';

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

function tableLines(table: Table): string[] {
  const percent = new Set(table.percentColumns ?? []);
  const line = (cells: readonly Cell[]) => cells.map((c, i) => cellText(c, percent.has(i))).join(SEPARATOR);
  return [line(table.header), ...table.rows.map(line)];
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
