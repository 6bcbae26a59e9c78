import { type Column, type ColumnSet, columnValues, type Joined, type Value } from './columns.js';

// The orders a worker puts the rows of its columns in (see ColumnStatement's orderBy): the rows are
// read in no order, and ordered here without making the records.

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
      const value = columnValues(column);
      const plain: Value[] = new Array(order.length);
      for (let k = 0; k < order.length; k += 1) plain[k] = value(order[k] as number);
      return { plain };
    }
    const codes = new Int32Array(order.length);
    for (let k = 0; k < order.length; k += 1) codes[k] = column.codes[order[k] as number] as number;
    return { codes, values: column.values };
  });
  return { rows: order.length, columns };
}
