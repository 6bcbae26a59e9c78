import { type DomainError, isIsoDate, parseUai } from '@opale/domain';
import type { TextTable } from './csv.js';
import type { RowError } from './parsed.js';

/** A header name compared without case, accents, spaces or punctuation: "Création op@le" ~ "creation_opale". */
export function headerKey(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // "op@le" is written both ways.
      .replace(/@/g, 'a')
      .replace(/[^a-z0-9]/g, '')
  );
}

/** A day written `YYYY-MM-DD` or `dd/mm/yyyy`, as ISO; `null` when it is neither. */
export function parseDay(value: string): string | null {
  const v = value.trim();
  if (isIsoDate(v)) return v;
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (fr) {
    const iso = `${fr[3]}-${(fr[2] as string).padStart(2, '0')}-${(fr[1] as string).padStart(2, '0')}`;
    if (isIsoDate(iso)) return iso;
  }
  return null;
}

/** The reason of a domain error without the field path the domain writes in front of it. */
export function reasonOf(error: DomainError | undefined): string {
  if (!error) return 'invalid value';
  const prefix = `${error.field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** The text of a column in the current row ('' when the column is absent). */
export type Cell = (column: string | undefined) => string;
/** Reports a bad cell of the current row: the row then gives no record. */
export type Fail = (field: string, reason: string) => void;

/** The UAI in `value`, normalised; otherwise reports the domain's reason (it names the check letter). */
export function uaiCell(value: string, field: string, fail: Fail): string | null {
  const uai = parseUai(value, field);
  if (uai.ok) return uai.value;
  fail(field, reasonOf(uai.errors[0]));
  return null;
}

/** The day in `value` (ISO or dd/mm/yyyy); otherwise reports what was expected. */
export function dayCell(value: string, field: string, fail: Fail): string | null {
  const day = parseDay(value);
  if (day === null) fail(field, `expected a day YYYY-MM-DD or dd/mm/yyyy, got ${JSON.stringify(value)}`);
  return day;
}

/** Reports the domain's errors on a row, each on the file's column for the domain field it names. */
export function failDomain(
  errors: readonly DomainError[],
  columnOf: Record<string, string>,
  fail: Fail,
): void {
  for (const error of errors) {
    const key = error.field.slice(error.field.lastIndexOf('.') + 1);
    fail(columnOf[key] ?? key, reasonOf(error));
  }
}

/** A number when the cell holds one, the text otherwise, so that a validator says what it got. */
export function numberOrText(value: string): number | string {
  return /^[+-]?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : value;
}

/** Reports `value` on `field` when it was seen before in the file; remembers it otherwise. */
export function once(seen: Set<string>, value: string, field: string, fail: Fail): void {
  if (seen.has(value)) fail(field, `${value} appears more than once in the file`);
  else seen.add(value);
}

/** A column a parser reads: its names in files (errors use the first), and whether it must be there. */
export interface ColumnSpec {
  readonly names: readonly string[];
  readonly required: boolean;
}

/**
 * Finds the columns a parser needs among the table's header, each under any of its names
 * (compared with {@link headerKey}); each missing required column is an error on line 1.
 */
export function findColumns<K extends string>(
  table: TextTable,
  wanted: Record<K, ColumnSpec>,
): { columns: Partial<Record<K, string>>; errors: RowError[] } {
  const byKey = new Map(table.header.map((h) => [headerKey(h), h]));
  const columns: Partial<Record<K, string>> = {};
  const errors: RowError[] = [];
  for (const [key, spec] of Object.entries(wanted) as [K, ColumnSpec][]) {
    const found = spec.names.map((n) => byKey.get(headerKey(n))).find((h) => h !== undefined);
    if (found !== undefined) columns[key] = found;
    else if (spec.required) {
      errors.push({
        line: 1,
        field: spec.names[0] ?? key,
        reason: `missing column: expected a column named ${spec.names.map((n) => JSON.stringify(n)).join(' or ')}`,
      });
    }
  }
  return { columns, errors };
}

/**
 * Reads each row with `read`, which reports bad cells through `fail` and returns `null` for a row
 * to leave out; a row with any failure gives no record, and every bad row is reported.
 */
export function eachRow<T>(
  table: TextTable,
  read: (cell: Cell, fail: Fail) => T | null,
): { records: T[]; lines: number[]; errors: RowError[]; rows: number } {
  const records: T[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  for (const row of table.rows) {
    let bad = false;
    const fail: Fail = (field, reason) => {
      bad = true;
      errors.push({ line: row.line, field, reason });
    };
    const record = read((column) => (column === undefined ? '' : (row.cells[column] ?? '')), fail);
    if (record !== null && !bad) {
      records.push(record);
      lines.push(row.line);
    }
  }
  return { records, lines, errors, rows: table.rows.length };
}
