// Rows read in a worker thread, handed over as columns: a few typed arrays and lists of distinct
// values, moved or copied in milliseconds, where the records themselves (hundreds of thousands of
// objects) would take seconds to copy. A value repeated over many rows (a day, a UAI, a title) is
// one string in its column's values, whatever the number of rows holding it.

/** A value of a column: what the drivers give for text, integers and null. */
export type Value = string | number | null;

/**
 * A column as the index of each row's value in `values` (-1 for null), or, for `plain` ones, the
 * values themselves; a plain column of texts is handed over `joined` (see {@link handedOver}).
 */
export type Column =
  | { readonly codes: Int32Array; readonly values: Value[] }
  | { readonly plain: Value[] }
  | Joined;

/** Texts joined into one: text `r` is `joined.slice(ends[r - 1] ?? 0, ends[r])`. */
export interface Joined {
  readonly joined: string;
  readonly ends: Int32Array;
}

/** The columns of a statement's rows, in the order read, and the orders of its rows asked, by name (see {@link ColumnStatement}). */
export interface ColumnSet {
  readonly rows: number;
  readonly columns: Column[];
  readonly orders?: Readonly<Record<string, Int32Array>>;
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
  /**
   * The orders of the rows to give, by name, each by its columns compared one after the other, as
   * JavaScript compares strings and numbers. The rows are read in no order and put in order by
   * the worker: sorting them cost the database more than the worker, and made it wait for the last
   * row before sending the first.
   */
  readonly orderBy?: Readonly<Record<string, readonly number[]>>;
  /**
   * The order of `orderBy` the rows are handed over in: their columns put in it by the worker, the
   * other orders then giving the rows' numbers in it. What the thread that asked builds in that
   * order, it then reads one row after the next.
   */
  readonly arrangeBy?: string;
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
    return { rows: this.rows, columns: this.coders.map(columnOf) };
  }
}

/** The column gathered by a coder (its codes and values), or the plain values gathered as they came. */
export function columnOf(gathered: { readonly codes: Codes; readonly values: Value[] } | Value[]): Column {
  return Array.isArray(gathered)
    ? { plain: gathered }
    : { codes: gathered.codes.done(), values: gathered.values };
}

/** A column's value of each row. */
export function columnValues(column: Column): (row: number) => Value {
  if ('plain' in column) {
    const { plain } = column;
    return (row) => plain[row] as Value;
  }
  if ('joined' in column) {
    const { joined, ends } = column;
    return (row) => joined.slice(row === 0 ? 0 : ends[row - 1], ends[row]);
  }
  const { codes, values } = column;
  return (row) => {
    const code = codes[row] as number;
    return code < 0 ? null : (values[code] as Value);
  };
}

/**
 * `set` as a worker hands it over: each plain column of texts only joined into one text. Copied to
 * the thread that asked, a ref a row was a third of a million strings to write, read and keep
 * there, where one text is one copy.
 */
export function handedOver(set: ColumnSet): ColumnSet {
  const columns = set.columns.map((column): Column => {
    if (!('plain' in column) || !column.plain.every((v) => typeof v === 'string')) return column;
    const texts = column.plain as string[];
    const ends = new Int32Array(texts.length);
    let end = 0;
    for (let r = 0; r < texts.length; r += 1) {
      end += (texts[r] as string).length;
      ends[r] = end;
    }
    return { joined: texts.join(''), ends };
  });
  return { ...set, columns };
}

/** What a worker moves rather than copies: the typed arrays' memory. */
export function transferables(set: ColumnSet): ArrayBuffer[] {
  return [
    ...set.columns.flatMap((c) =>
      'codes' in c ? [c.codes.buffer as ArrayBuffer] : 'joined' in c ? [c.ends.buffer as ArrayBuffer] : [],
    ),
    ...Object.values(set.orders ?? {}).map((order) => order.buffer as ArrayBuffer),
  ];
}
