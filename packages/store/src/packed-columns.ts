import { Coder, type Column, type ColumnSet, type PackedForm, type Value } from './columns.js';

// Columns of few distinct values read packed from SQLite (PostgreSQL's are read by a COPY, see
// copy-columns.ts): the database joins them into one text a row, and
// the worker splits each distinct text once. A row's read costs per value it hands over (a string
// made, then looked up among the column's values): a ticket's thirteen columns of a few dozen
// values each (its channel, title, team…) come as one value instead of thirteen, and its read takes
// about half the time. Each value is marked: `v` and the value, or `n` for null, so that null and
// the empty text stay apart; fields are parted by the character 31 (unit separator). A value that
// holds that character makes the packed form unreadable: the statement is then read again unpacked.
// The packed text is asked by `packedExpression` (read-in-workers.ts): this file, which the worker
// threads load, needs no query builder.

const SEPARATOR = '\u001f';

/** The values of one packed field, or null when the text is not a packed row of `count` fields. */
function split(text: Value, count: number): Value[] | null {
  if (typeof text !== 'string') return null;
  const parts = text.split(SEPARATOR);
  if (parts.length !== count) return null;
  const out: Value[] = new Array(count);
  for (let f = 0; f < count; f += 1) {
    const part = parts[f] as string;
    if (part === 'n') out[f] = null;
    else if (part.startsWith('v')) out[f] = part.slice(1);
    else return null;
  }
  return out;
}

/**
 * The columns of a statement (`columns` of them, those of `integers` numbers) from its packed read
 * `raw` (the other columns, then the packed one, coded), or null when a packed text cannot be read
 * back (see above).
 */
export function unpack(
  raw: ColumnSet,
  form: PackedForm,
  columns: number,
  integers: readonly number[],
): ColumnSet | null {
  const packed = raw.columns[raw.columns.length - 1];
  // Never null (each field is marked): a null would not be a packed text.
  if (!packed || !('codes' in packed) || packed.codes.includes(-1)) return null;
  const count = form.fields.length;
  const integer = form.fields.map((c) => integers.includes(c));
  // Each distinct packed text split once, each field's value coded: a field's code of packed text
  // `p` is `coders[f].codes[p]`, and the rows' codes of the field follow from their packed code.
  const coders = form.fields.map(() => new Coder());
  for (let p = 0; p < packed.values.length; p += 1) {
    const values = split(packed.values[p] as Value, count);
    if (!values) return null;
    for (let f = 0; f < count; f += 1) {
      let value = values[f] as Value;
      if (value !== null && integer[f]) {
        value = Number(value);
        if (!Number.isSafeInteger(value)) return null;
      }
      (coders[f] as Coder).add(value);
    }
  }
  const out: Column[] = new Array(columns);
  form.fields.forEach((at, f) => {
    const { values } = coders[f] as Coder;
    const map = (coders[f] as Coder).codes.done();
    const codes = new Int32Array(raw.rows);
    for (let r = 0; r < raw.rows; r += 1) codes[r] = map[packed.codes[r] as number] as number;
    out[at] = { codes, values };
  });
  let next = 0;
  for (let c = 0; c < columns; c += 1) if (out[c] === undefined) out[c] = raw.columns[next++] as Column;
  return { rows: raw.rows, columns: out };
}
