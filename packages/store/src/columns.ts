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
    const columns: Column[] = this.coders.map((c) =>
      Array.isArray(c) ? { plain: c } : { codes: c.codes.done(), values: c.values },
    );
    return { rows: this.rows, columns };
  }
}

/** Compares two values as JavaScript compares strings and numbers (null first). */
function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * `rows` put in order of a coded column, stably: its few distinct values are sorted, and each row
 * dealt, in the order given, into its value's place. No comparison of rows.
 */
function dealt(rows: Int32Array, column: { codes: Int32Array; values: Value[] }): Int32Array {
  const { codes, values } = column;
  // Null (code -1) first: its rank is 0, each value's is its place among the sorted values, plus one.
  const rank = new Int32Array(values.length + 1);
  values
    .map((_, code) => code)
    .sort((x, y) => compareValues(values[x] as Value, values[y] as Value))
    .forEach((code, r) => {
      rank[code + 1] = r + 1;
    });
  const start = new Int32Array(values.length + 2);
  for (let i = 0; i < rows.length; i += 1) {
    const at = (rank[(codes[rows[i] as number] as number) + 1] as number) + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let r = 1; r < start.length; r += 1) start[r] = (start[r] as number) + (start[r - 1] as number);
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as number;
    const r = rank[(codes[row] as number) + 1] as number;
    out[start[r] as number] = row;
    start[r] = (start[r] as number) + 1;
  }
  return out;
}

/**
 * `rows` put in order of a plain column, stably. Integers over a range of at most four times as
 * many rows (ids) are counted into their places; other values sorted (the sort of an array is
 * stable, and quick on rows mostly in order already).
 */
function sortedBy(rows: Int32Array, column: { plain: Value[] } | Joined): Int32Array {
  const plain = plainValues(column);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < rows.length; i += 1) {
    const value = plain[rows[i] as number];
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      low = Number.NaN;
      break;
    }
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (!(high - low < 4 * rows.length + 16)) {
    const sorted = Array.prototype.slice.call(rows) as number[];
    return new Int32Array(sorted.sort((a, b) => compareValues(plain[a] as Value, plain[b] as Value)));
  }
  const start = new Int32Array(high - low + 2);
  for (let i = 0; i < rows.length; i += 1) {
    const at = (plain[rows[i] as number] as number) - low + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let v = 1; v < start.length; v += 1) start[v] = (start[v] as number) + (start[v - 1] as number);
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as number;
    const v = (plain[row] as number) - low;
    out[start[v] as number] = row;
    start[v] = (start[v] as number) + 1;
  }
  return out;
}

/**
 * `set` with the orders of its rows named in `orderBy` (see {@link ColumnStatement}). An order by
 * several columns is made by one stable pass a column, from the last to the first: a coded column
 * is dealt (see {@link dealt}), a plain one sorted. Passes shared between orders are made once: the
 * tickets' order by day then ref deals by day the rows already sorted by ref for the other order.
 */
export function ordered(
  set: ColumnSet,
  orderBy: Readonly<Record<string, readonly number[]>>,
  arrangeBy?: string,
): ColumnSet {
  const made = new Map<string, Int32Array>();
  const orderOf = (by: readonly number[]): Int32Array => {
    const key = by.join(',');
    const known = made.get(key);
    if (known) return known;
    const rest = by.length > 1 ? orderOf(by.slice(1)) : readOrder(set.rows);
    const column = set.columns[by[0] as number] as Column;
    const order = 'codes' in column ? dealt(rest, column) : sortedBy(rest, column);
    made.set(key, order);
    return order;
  };
  const orders: Record<string, Int32Array> = {};
  // Each its own copy: the orders are moved to the thread that asked, one buffer each.
  for (const [name, by] of Object.entries(orderBy)) orders[name] = orderOf(by).slice();
  const arranged = arrangeBy === undefined ? undefined : orders[arrangeBy];
  if (!arranged) return { ...set, orders };
  // Row `arranged[k]` becomes row `k`: the other orders renumbered alike.
  delete orders[arrangeBy as string];
  const place = new Int32Array(arranged.length);
  for (let k = 0; k < arranged.length; k += 1) place[arranged[k] as number] = k;
  for (const order of Object.values(orders))
    for (let i = 0; i < order.length; i += 1) order[i] = place[order[i] as number] as number;
  return { ...inOrder(set, arranged), orders };
}

/** The rows' numbers in the order read. */
function readOrder(rows: number): Int32Array {
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i += 1) order[i] = i;
  return order;
}

/** The rows of `set` in its order `name`, or in the order read when it has none. */
export function rowsIn(set: ColumnSet, name: string): Int32Array {
  return set.orders?.[name] ?? readOrder(set.rows);
}

/** The values of a plain column, one a row. */
function plainValues(column: { plain: Value[] } | Joined): Value[] {
  if ('plain' in column) return column.plain;
  const value = columnValues(column);
  return Array.from({ length: column.ends.length }, (_, row) => value(row));
}

/** `set` with its rows in `order`: each column put in it, one column at a time. */
export function inOrder(set: ColumnSet, order: Int32Array): ColumnSet {
  const columns = set.columns.map((column): Column => {
    if (!('codes' in column)) {
      const values = plainValues(column);
      const plain: Value[] = new Array(order.length);
      for (let k = 0; k < order.length; k += 1) plain[k] = values[order[k] as number] as Value;
      return { plain };
    }
    const codes = new Int32Array(order.length);
    for (let k = 0; k < order.length; k += 1) codes[k] = column.codes[order[k] as number] as number;
    return { codes, values: column.values };
  });
  return { rows: order.length, columns };
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
