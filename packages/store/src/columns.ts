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

/** A statement for a column worker. */
export interface ColumnStatement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
  /** How many columns it selects. */
  readonly columns: number;
  /** The columns whose values are mostly distinct (a ref): kept as they are, not coded. */
  readonly plain: readonly number[];
  /** Columns (of text) to put the rows in order by, compared as JavaScript strings, one after the other. */
  readonly orderBy?: readonly number[];
}

/** Codes a column row after row: the first time a value comes, it is added to the values. */
class Coder {
  private readonly index = new Map<Value, number>();
  readonly values: Value[] = [];
  codes = new Int32Array(1024);
  length = 0;

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
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length] = code;
    this.length += 1;
  }
}

/** Gathers the rows of a {@link ColumnStatement} as columns. */
export class ColumnsBuilder {
  private readonly coders: (Coder | Value[])[];
  private rows = 0;

  constructor(private readonly statement: ColumnStatement) {
    this.coders = Array.from({ length: statement.columns }, (_, c) =>
      statement.plain.includes(c) ? [] : new Coder(),
    );
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
      Array.isArray(c) ? { plain: c } : { codes: c.codes.slice(0, c.length), values: c.values },
    );
    const by = this.statement.orderBy;
    if (!by) return { rows: this.rows, columns };
    const keys = by.map((c) => columnValues(columns[c] as Column) as (n: number) => string);
    const order = Int32Array.from({ length: this.rows }, (_, i) => i).sort((a, b) => {
      for (const key of keys) {
        const ka = key(a);
        const kb = key(b);
        if (ka !== kb) return ka < kb ? -1 : 1;
      }
      return 0;
    });
    return { rows: this.rows, columns, order };
  }
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
