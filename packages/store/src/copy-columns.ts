import type pg from 'pg';
import { Codes, type Column, type ColumnSet, type Value } from './columns.js';

// A PostgreSQL select read as columns through `COPY (select …) TO STDOUT`: the rows come as lines
// of text, fields parted by tabs, and are read here byte by byte. A field of a coded column is
// looked up by its bytes, so that a value repeated over rows (a day, a UAI, a title) makes a
// string only the first time it comes; only the plain columns (a ref) make one string a row.
// Read through the driver's rows instead, each field of each row was a string made, then looked
// up by its text: most of a worker's time at national scale.
//
// The text format (PostgreSQL's COPY documentation): `\N` is null; a backslash starts an escape
// (`\\`, `\t`, `\n`, `\r`, `\b`, `\f`, `\v`, `\` and up to three octal digits, `\x` and one or two
// hex digits, any other character as itself). Values are sent in UTF-8, as the statement asks.

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const BATCH_BYTES = 64 * 1024;

const ESCAPES: Record<number, number> = { 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
const isOctal = (b: number | undefined) => b !== undefined && b >= 48 && b <= 55;
const hexValue = (b: number | undefined) => {
  if (b === undefined) return -1;
  if (b >= 48 && b <= 57) return b - 48;
  const lower = b | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
};

/** The text of a field's bytes `bytes[start, end)`, its escapes undone. */
export function fieldText(bytes: Buffer, start: number, end: number): string {
  const first = bytes.indexOf(BACKSLASH, start);
  if (first < 0 || first >= end) return bytes.toString('utf8', start, end);
  // Undone byte by byte: an escaped byte may be part of a character of several.
  const out = Buffer.alloc(end - start);
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const b = bytes[i] as number;
    if (b !== BACKSLASH || i + 1 === end) {
      out[n++] = b;
      continue;
    }
    const next = bytes[++i] as number;
    if (isOctal(next)) {
      let value = next - 48;
      for (let k = 0; k < 2 && i + 1 < end && isOctal(bytes[i + 1]); k += 1)
        value = value * 8 + (bytes[++i] as number) - 48;
      out[n++] = value & 255;
    } else if (next === 120 && i + 1 < end && hexValue(bytes[i + 1]) >= 0) {
      let value = hexValue(bytes[++i]);
      if (i + 1 < end && hexValue(bytes[i + 1]) >= 0) value = value * 16 + hexValue(bytes[++i]);
      out[n++] = value;
    } else out[n++] = ESCAPES[next] ?? next;
  }
  return out.toString('utf8', 0, n);
}

/**
 * Codes a column from its fields' bytes, as `Coder` (columns.ts) codes values: a value's code is
 * the order in which it first came. An open-addressed table of each value's bytes, by their hash.
 */
class ByteCoder {
  readonly codes = new Codes();
  readonly values: Value[] = [];
  private slots = new Int32Array(1024);
  private hashes: number[] = [];
  private starts: number[] = [];
  private lengths: number[] = [];
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;

  constructor(private readonly integer: boolean) {}

  /** Takes the field `bytes[start, end)`, whose FNV-1a hash is `hash`. */
  add(bytes: Buffer, start: number, end: number, hash: number): void {
    const length = end - start;
    if (length === 2 && bytes[start] === BACKSLASH && bytes[start + 1] === 78) {
      this.codes.push(-1);
      return;
    }
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = (this.slots[slot] as number) - 1;
      if (code < 0) {
        this.codes.push(this.insert(bytes, start, end, hash, slot));
        return;
      }
      if (
        this.hashes[code] === hash &&
        this.lengths[code] === length &&
        this.same(code, bytes, start, length)
      ) {
        this.codes.push(code);
        return;
      }
    }
  }

  private same(code: number, bytes: Buffer, start: number, length: number): boolean {
    const at = this.starts[code] as number;
    for (let i = 0; i < length; i += 1) if (this.bytes[at + i] !== bytes[start + i]) return false;
    return true;
  }

  private insert(bytes: Buffer, start: number, end: number, hash: number, slot: number): number {
    const code = this.values.length;
    const length = end - start;
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.bytes.set(bytes.subarray(start, end), this.used);
    this.starts.push(this.used);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.used += length;
    const text = fieldText(bytes, start, end);
    this.values.push(this.integer ? integerOf(text) : text);
    this.slots[slot] = code + 1;
    // Kept at most half full, so that a probe ends soon.
    if (this.values.length * 2 > this.slots.length) this.grow();
    return code;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, code) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    });
    this.slots = slots;
  }
}

function integerOf(text: string): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value))
    throw new Error(`reading the records: "${text}" is not an integer`);
  return value;
}

/**
 * The integer written in `bytes[start, end)` in decimal digits, read with no string made (an id a
 * row), or undefined when they are not only digits, or too many to be read exactly.
 */
function digitsOf(bytes: Buffer, start: number, end: number): number | undefined {
  const negative = bytes[start] === 45;
  const first = negative ? start + 1 : start;
  if (first === end || end - first > 15) return undefined;
  let value = 0;
  for (let i = first; i < end; i += 1) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** The rows of a COPY's text, chunk after chunk, as columns; `columns` fields a row. */
export class CopyColumns {
  private readonly coders: (ByteCoder | Value[])[];
  private readonly integers: readonly number[];
  private rows = 0;
  /** The bytes taken and not read yet: the rows of the chunks since the last read, the first from `0` to `used`. */
  private batch = Buffer.allocUnsafe(2 * BATCH_BYTES);
  private used = 0;

  constructor(columns: number, plain: readonly number[], integers: readonly number[]) {
    this.integers = integers;
    this.coders = Array.from({ length: columns }, (_, c) =>
      plain.includes(c) ? [] : new ByteCoder(integers.includes(c)),
    );
  }

  /**
   * Takes the next bytes of the COPY. PostgreSQL sends a row a chunk, but any cut is read. They are
   * copied (the driver reuses a chunk's memory once it is handled), then read 64 KiB or more at
   * once: a row at a time, the loop over the bytes ran its first rows unoptimized, and a first read
   * of the national tickets took twice the processor time of the next ones.
   */
  readonly chunk = (chunk: Buffer): void => {
    const needed = this.used + chunk.length;
    if (needed > this.batch.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, 2 * this.batch.length));
      this.batch.copy(grown, 0, 0, this.used);
      this.batch = grown;
    }
    chunk.copy(this.batch, this.used);
    this.used = needed;
    if (this.used >= BATCH_BYTES) this.flush();
  };

  /** Reads the whole rows taken, and keeps what follows the last one for the next chunks. */
  private flush(): void {
    if (this.used === 0) return;
    const end = this.batch.lastIndexOf(NEWLINE, this.used - 1) + 1;
    this.lines(this.batch, end);
    this.batch.copy(this.batch, 0, end, this.used);
    this.used -= end;
  }

  private lines(bytes: Buffer, end: number): void {
    const { coders } = this;
    const count = coders.length;
    let column = 0;
    let start = 0;
    let hash = FNV_OFFSET;
    for (let i = 0; i < end; i += 1) {
      const b = bytes[i] as number;
      if (b !== TAB && b !== NEWLINE) {
        hash = Math.imul(hash ^ b, FNV_PRIME);
        continue;
      }
      if (column === count || (b === NEWLINE && column !== count - 1)) throw this.badRow(column + 1);
      const coder = coders[column] as ByteCoder | Value[];
      if (Array.isArray(coder)) coder.push(this.plainValue(bytes, start, i, column));
      else coder.add(bytes, start, i, hash);
      start = i + 1;
      hash = FNV_OFFSET;
      if (b === NEWLINE) {
        this.rows += 1;
        column = 0;
      } else column += 1;
    }
  }

  private plainValue(bytes: Buffer, start: number, end: number, column: number): Value {
    if (end - start === 2 && bytes[start] === BACKSLASH && bytes[start + 1] === 78) return null;
    if (this.integers.includes(column))
      return digitsOf(bytes, start, end) ?? integerOf(fieldText(bytes, start, end));
    return fieldText(bytes, start, end);
  }

  private badRow(fields: number): Error {
    return new Error(
      `reading the records: row ${this.rows + 1} of the copy has ${fields} fields or more, ${this.coders.length} expected`,
    );
  }

  done(): ColumnSet {
    this.flush();
    if (this.used > 0) throw new Error('reading the records: the copy ended inside a row');
    const columns: Column[] = this.coders.map((c) =>
      Array.isArray(c) ? { plain: c } : { codes: c.codes.done(), values: c.values },
    );
    return { rows: this.rows, columns };
  }
}

/**
 * The rows of `select` (a statement without parameters), run on a connection of `pool` as a COPY,
 * as columns: `columns` of them, those of `plain` as they are, those of `integers` as numbers.
 */
export async function copyColumns(
  pool: pg.Pool,
  select: string,
  shape: { columns: number; plain: readonly number[]; integers: readonly number[] },
): Promise<ColumnSet> {
  const reader = new CopyColumns(shape.columns, shape.plain, shape.integers);
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const copy: CopyOut = {
        submit: (connection) =>
          connection.query(`copy (${select}) to stdout with (format text, encoding 'UTF8')`),
        handleCopyData: (message) => {
          if (failed) return;
          try {
            reader.chunk(message.chunk);
          } catch (error) {
            failed = error instanceof Error ? error : new Error(String(error));
          }
        },
        handleError: (error) => reject(error),
        handleReadyForQuery: () => (failed ? reject(failed) : resolve()),
        handleCommandComplete: () => undefined,
        handleRowDescription: () => undefined,
        handleDataRow: () => undefined,
        handleEmptyQuery: () => undefined,
        handlePortalSuspended: () => undefined,
        handleCopyInResponse: () => undefined,
      };
      client.query(copy as unknown as pg.Submittable);
    });
  } catch (error) {
    // As for the driver's reads (row-source.ts): a connection that may be what failed is closed.
    client.release(failed ? undefined : (error as Error));
    throw error;
  }
  client.release();
  return reader.done();
}

/** What the driver asks of a query it is given to run (pg's `Submittable`, with the COPY's messages). */
interface CopyOut {
  submit(connection: { query(text: string): void }): void;
  handleCopyData(message: { chunk: Buffer }): void;
  handleError(error: Error): void;
  handleReadyForQuery(): void;
  handleCommandComplete(): void;
  handleRowDescription(): void;
  handleDataRow(): void;
  handleEmptyQuery(): void;
  handlePortalSuspended(): void;
  handleCopyInResponse(): void;
}
