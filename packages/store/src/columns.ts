// Rows read in a worker thread, handed over as columns: a few typed arrays and lists of distinct
// values, moved or copied in milliseconds, where the records themselves (hundreds of thousands of
// objects) would take seconds to copy. A value repeated over many rows (a day, a UAI, a title) is
// one string in its column's values, whatever the number of rows holding it.

/** A value of a column: what the drivers give for text, integers and null. */
export type Value = string | number | null;

/** A column as the index of each row's value in `values` (-1 for null), or, for `plain` ones, the values themselves. */
export type Column = { readonly codes: Int32Array; readonly values: Value[] } | { readonly plain: Value[] };

/** The columns of a statement's rows, and, if asked, the rows' order (see {@link ColumnStatement}). */
export interface ColumnSet {
  readonly rows: number;
  readonly columns: Column[];
  readonly order?: Int32Array;
}

/** How a statement's columns are read packed (see packed-columns.ts). */
export interface PackedForm {
  /** The statement selecting the other columns, in order, then the packed text last. */
  readonly sql: string;
  readonly parameters: readonly unknown[];
  /** The columns packed, by their index in the statement's columns, in the order packed. */
  readonly fields: readonly number[];
}

/** A statement for a column worker. */
export interface ColumnStatement {
  /** On SQLite, the same rows with some columns read packed, tried first (see packed-columns.ts). */
  readonly packed?: PackedForm;
  readonly sql: string;
  readonly parameters: readonly unknown[];
  /** How many columns it selects. */
  readonly columns: number;
  /** The columns whose values are mostly distinct (a ref): kept as they are, not coded. */
  readonly plain: readonly number[];
  /** The columns holding integers: read from text (packed, or by a COPY), they are made numbers. */
  readonly integers: readonly number[];
  /** Columns (of text) to put the rows in order by, compared as JavaScript strings, one after the other. */
  readonly orderBy?: readonly number[];
}

/** The codes of a column's rows, as they are added. */
export class Codes {
  private codes = new Int32Array(1024);
  private length = 0;

  push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length] = code;
    this.length += 1;
  }

  /** The codes added, in order. */
  done(): Int32Array {
    return this.codes.slice(0, this.length);
  }
}

/** Codes a column row after row: the first time a value comes, it is added to the values. */
export class Coder {
  private readonly index = new Map<Value, number>();
  readonly values: Value[] = [];
  readonly codes = new Codes();

  private last: Value = null;
  private lastCode = -1;

  add(value: Value): void {
    let code = -1;
    // Rows in a row often share a value (a ticket's changes, an EPLE's kit events): no lookup then.
    if (value === this.last) code = this.lastCode;
    else if (value !== null) {
      const known = this.index.get(value);
      if (known === undefined) {
        code = this.values.length;
        this.values.push(value);
        this.index.set(value, code);
      } else code = known;
      this.last = value;
      this.lastCode = code;
    }
    this.codes.push(code);
  }
}

/** Gathers rows of `columns` columns as columns; those of `plain` are kept as they are, the others coded. */
export class ColumnsBuilder {
  private readonly coders: (Coder | Value[])[];
  private rows = 0;

  constructor(columns: number, plain: readonly number[]) {
    this.coders = Array.from({ length: columns }, (_, c) => (plain.includes(c) ? [] : new Coder()));
  }

  /** Takes a row, the array of its columns. */
  readonly row = (row: readonly unknown[]): void => {
    const { coders } = this;
    for (let c = 0; c < coders.length; c += 1) {
      const coder = coders[c] as Coder | Value[];
      if (Array.isArray(coder)) coder.push(row[c] as Value);
      else coder.add(row[c] as Value);
    }
    this.rows += 1;
  };

  done(): ColumnSet {
    const columns: Column[] = this.coders.map((c) =>
      Array.isArray(c) ? { plain: c } : { codes: c.codes.done(), values: c.values },
    );
    return { rows: this.rows, columns };
  }
}

/** Compares rows by `keys`, one after the other, as JavaScript strings. */
function comparing(keys: readonly ((row: number) => Value)[]) {
  return (a: number, b: number) => {
    for (const key of keys) {
      const ka = key(a) as string;
      const kb = key(b) as string;
      if (ka !== kb) return ka < kb ? -1 : 1;
    }
    return 0;
  };
}

/**
 * The rows in order of a coded column first, then of `rest`: the column's few distinct values are
 * sorted, the rows put in their value's bucket in the order read, and a bucket sorted by `rest`
 * only where it is not in that order already (the rows are mostly read in order of the last key).
 */
function bucketed(rows: number, first: { codes: Int32Array; values: Value[] }, rest: (row: number) => Value) {
  const { codes, values } = first;
  const rank = new Int32Array(values.length);
  values
    .map((_, code) => code)
    .sort(comparing([(code) => values[code] as Value]))
    .forEach((code, r) => {
      rank[code] = r;
    });
  const start = new Int32Array(values.length + 1);
  for (let i = 0; i < rows; i += 1) {
    const at = (rank[codes[i] as number] as number) + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let r = 0; r < values.length; r += 1) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const next = start.slice(0, values.length);
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const r = rank[codes[i] as number] as number;
    const at = next[r] as number;
    order[at] = i;
    next[r] = at + 1;
  }
  const compare = comparing([rest]);
  for (let r = 0; r < values.length; r += 1) {
    const bucket = order.subarray(start[r], start[r + 1]);
    for (let i = 1; i < bucket.length; i += 1)
      if (compare(bucket[i - 1] as number, bucket[i] as number) > 0) {
        bucket.sort(compare);
        break;
      }
  }
  return order;
}

/** `set` with the order of its rows by the columns `by` (of text), compared as JavaScript strings, one after the other. */
export function ordered(set: ColumnSet, by: readonly number[]): ColumnSet {
  const keys = by.map((c) => columnValues(set.columns[c] as Column));
  const first = set.columns[by[0] as number] as Column;
  const order =
    by.length === 2 && 'codes' in first && !first.codes.includes(-1)
      ? bucketed(set.rows, first, keys[1] as (row: number) => Value)
      : Int32Array.from({ length: set.rows }, (_, i) => i).sort(comparing(keys));
  return { ...set, order };
}

/** A column's value of each row. */
export function columnValues(column: Column): (row: number) => Value {
  if ('plain' in column) {
    const { plain } = column;
    return (row) => plain[row] as Value;
  }
  const { codes, values } = column;
  return (row) => {
    const code = codes[row] as number;
    return code < 0 ? null : (values[code] as Value);
  };
}

/** What a worker moves rather than copies: the typed arrays' memory. */
export function transferables(set: ColumnSet): ArrayBuffer[] {
  return [
    ...set.columns.flatMap((c) => ('codes' in c ? [c.codes.buffer as ArrayBuffer] : [])),
    ...(set.order ? [set.order.buffer as ArrayBuffer] : []),
  ];
}
