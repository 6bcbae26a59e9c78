import type pg from 'pg';
import { ByteCoder } from './byte-coder.js';
import { type ColumnSet, columnOf, type Value } from './columns.js';
import { digitsOf, fieldText, integerOf, isNull } from './copy-text.js';

// A PostgreSQL select read as columns through `COPY (select …) TO STDOUT`: the rows come as lines
// of text, fields parted by tabs, and are read here byte by byte. A field of a coded column is
// looked up by its bytes, so that a value repeated over rows (a day, a UAI, a title) makes a
// string only the first time it comes; only the plain columns (a ref) make one string a row.
// Read through the driver's rows instead, each field of each row was a string made, then looked
// up by its text: most of a worker's time at national scale.
//
// The text format is read in copy-text.ts, the values coded by their bytes in byte-coder.ts.

const TAB = 9;
const NEWLINE = 10;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const BATCH_BYTES = 64 * 1024;

/** The rows of a COPY's text, chunk after chunk, as columns; `columns` fields a row. */
export class CopyColumns {
  private readonly coders: (ByteCoder | Value[])[];
  /** Whether each column holds integers. */
  private readonly integer: readonly boolean[];
  private rows = 0;
  /** The bytes taken and not read yet: the rows of the chunks since the last read, the first from `0` to `used`. */
  private batch = Buffer.allocUnsafe(2 * BATCH_BYTES);
  private used = 0;

  constructor(columns: number, plain: readonly number[], integers: readonly number[]) {
    this.integer = Array.from({ length: columns }, (_, c) => integers.includes(c));
    this.coders = Array.from({ length: columns }, (_, c) =>
      plain.includes(c) ? [] : new ByteCoder(this.integer[c] === true),
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
    if (isNull(bytes, start, end)) return null;
    if (this.integer[column]) return digitsOf(bytes, start, end) ?? integerOf(fieldText(bytes, start, end));
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
    return { rows: this.rows, columns: this.coders.map(columnOf) };
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
