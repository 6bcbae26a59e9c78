import { isIsoDate } from '@opale/domain';
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

/**
 * Finds the columns a parser needs among the table's header, each under any of its names; the
 * missing required ones are errors on line 1.
 */
export function findColumns<K extends string>(
  table: TextTable,
  wanted: Record<K, { names: readonly string[]; required: boolean }>,
): { columns: Partial<Record<K, string>>; errors: RowError[] } {
  const byKey = new Map(table.header.map((h) => [headerKey(h), h]));
  const columns: Partial<Record<K, string>> = {};
  const errors: RowError[] = [];
  for (const [field, spec] of Object.entries(wanted) as [
    K,
    { names: readonly string[]; required: boolean },
  ][]) {
    const found = spec.names.map((n) => byKey.get(headerKey(n))).find((h) => h !== undefined);
    if (found !== undefined) columns[field] = found;
    else if (spec.required) {
      errors.push({
        line: 1,
        field,
        reason: `missing column: expected a column named ${spec.names.map((n) => JSON.stringify(n)).join(' or ')}`,
      });
    }
  }
  return { columns, errors };
}

/** Reads each row with `read`, which reports problems through `fail`; gathers records, lines and errors. */
export function eachRow<T>(
  table: TextTable,
  read: (
    cell: (column: string | undefined) => string,
    fail: (field: string, reason: string) => void,
  ) => T | null,
): { records: T[]; lines: number[]; errors: RowError[] } {
  const records: T[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  for (const row of table.rows) {
    let bad = false;
    const fail = (field: string, reason: string) => {
      bad = true;
      errors.push({ line: row.line, field, reason });
    };
    const record = read((column) => (column === undefined ? '' : (row.cells[column] ?? '')), fail);
    if (record !== null && !bad) {
      records.push(record);
      lines.push(row.line);
    }
  }
  return { records, lines, errors };
}
