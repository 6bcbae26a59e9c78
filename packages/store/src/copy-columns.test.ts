import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type ColumnSet, ColumnsBuilder, columnValues, type Value } from './columns.js';
import { connect, locate } from './connect.js';
import { CopyColumns, copyColumns } from './copy-columns.js';
import { fieldText } from './copy-text.js';
import { streamPostgres } from './row-source.js';
import { ENGINES, freshDatabase, seededRandom } from './testing.js';

// PostgreSQL's rows read by a COPY and coded byte by byte: the same columns as the driver's rows
// coded value by value, whatever the values hold and wherever the chunks are cut.

const values = (set: ColumnSet) =>
  set.columns.map((c) => {
    const value = columnValues(c);
    return Array.from({ length: set.rows }, (_, r) => value(r));
  });

function builtFrom(rows: readonly (readonly Value[])[], columns: number, plain: number[]): ColumnSet {
  const builder = new ColumnsBuilder(columns, plain);
  for (const row of rows) builder.row(row);
  return builder.done();
}

const COPY_TEXT = [
  'R1\tphone\t\\N\t3\tMandat rejeté\n',
  'R2\tmail\t\t\\N\tdeux\\tparts\\net \\\\ fin\n',
  'R3\tphone\t\\\\N\t12\t🎓 \\x41\\101\\r\\b\\f\\v\\q\n',
].join('');

describe('a COPY read as columns', () => {
  it('gives nulls, empty texts, escapes, integers and plain values as the driver would', () => {
    const reader = new CopyColumns(5, [0], [3]);
    reader.chunk(Buffer.from(COPY_TEXT));
    const set = reader.done();
    expect(values(set)).toEqual([
      ['R1', 'R2', 'R3'],
      ['phone', 'mail', 'phone'],
      [null, '', '\\N'],
      [3, null, 12],
      ['Mandat rejeté', 'deux\tparts\net \\ fin', '🎓 AA\r\b\f\vq'],
    ]);
    expect(set.columns[0]).toEqual({ plain: ['R1', 'R2', 'R3'] });
    expect(set.columns[1]).toEqual({ codes: Int32Array.from([0, 1, 0]), values: ['phone', 'mail'] });
  });

  it('gives the same columns wherever the chunks are cut, even inside a character', () => {
    const bytes = Buffer.from(COPY_TEXT);
    const whole = new CopyColumns(5, [0], [3]);
    whole.chunk(bytes);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const reader = new CopyColumns(5, [0], [3]);
      reader.chunk(bytes.subarray(0, cut));
      reader.chunk(bytes.subarray(cut));
      expect(reader.done(), `cut at ${cut}`).toEqual(whole.done());
    }
  });

  it('codes thousands of values as the driver’s coder does, first come first coded', () => {
    const random = seededRandom(11);
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `R${i}`,
      `v${random(5000)}`,
      random(7) === 0 ? null : 'é',
    ]);
    const reader = new CopyColumns(3, [0], []);
    reader.chunk(Buffer.from(rows.map((r) => `${r.map((v) => v ?? '\\N').join('\t')}\n`).join('')));
    expect(reader.done()).toEqual(builtFrom(rows, 3, [0]));
  });

  it('says which row has the wrong number of fields, and when the copy ends inside a row', () => {
    const failure = (columns: number, text: string, integers: number[] = []) => {
      const reader = new CopyColumns(columns, [], integers);
      reader.chunk(Buffer.from(text));
      return () => reader.done();
    };
    expect(failure(3, 'a\tb\tc\nd\te\n')).toThrow(/row 2 of the copy has 2 fields or more, 3 expected/);
    expect(failure(2, 'a\tb\tc\n')).toThrow(/row 1 of the copy has 3 fields or more, 2 expected/);
    expect(failure(2, 'a\tb\nc\t')).toThrow(/ended inside a row/);
    expect(failure(1, '12x\n', [0])).toThrow(/"12x" is not an integer/);
  });

  it('keeps no chunk it was given: the driver writes the next message over it', () => {
    const reader = new CopyColumns(2, [0], []);
    const chunk = Buffer.from('R1\tphone\n');
    reader.chunk(chunk);
    chunk.fill(0x41);
    expect(values(reader.done())).toEqual([['R1'], ['phone']]);
  });

  it('reads rows longer than the bytes it reads at once, in chunks of any size', () => {
    const long = 'é'.repeat(100_000);
    const text = `R1\t${long}\nR2\tcourt\n`.repeat(3);
    for (const size of [1000, 70_000, 300_000]) {
      const reader = new CopyColumns(2, [0], []);
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += size) reader.chunk(bytes.subarray(at, at + size));
      const set = reader.done();
      expect(set.rows, `chunks of ${size}`).toBe(6);
      expect(set.columns[1]).toEqual({ codes: Int32Array.from([0, 1, 0, 1, 0, 1]), values: [long, 'court'] });
    }
  });

  it('undoes escapes byte by byte, so that an escaped byte of a character stays that character', () => {
    const escaped = Buffer.from('caf\\303\\251 \\xc3\\xa9');
    expect(fieldText(escaped, 0, escaped.length)).toBe('café é');
    expect(fieldText(Buffer.from('xx\\\\yy'), 2, 4)).toBe('\\');
  });
});

const TEXTS: (string | null)[] = [
  'x',
  '',
  null,
  '\\N',
  'a\tb',
  'two\nlines\r\n',
  'back\\slash',
  'é à ç',
  'emoji 🎓 ok',
  'unit\u001fseparator',
  '\u0008\u000b\u000c',
];

describe.skipIf(!ENGINES.includes('postgres'))('a COPY on PostgreSQL', () => {
  it('reads the columns the driver’s rows give, whatever the texts hold', async () => {
    const db = await freshDatabase('postgres');
    const kysely = connect(locate(db.url));
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    try {
      await sql`create table copied (id integer primary key, a text, b text, n integer)`.execute(kysely);
      for (const [i, a] of TEXTS.entries())
        await sql`insert into copied values (${i + 1}, ${a}, ${TEXTS[(i + 4) % TEXTS.length] ?? null}, ${i % 3 === 0 ? null : -i * 7})`.execute(
          kysely,
        );
      const select = 'select a, id, b, n from copied order by id';
      const shape = { columns: 4, plain: [1], integers: [1, 3] };
      const driver = new ColumnsBuilder(4, [1]);
      await streamPostgres(pool, select, [], driver.row);
      expect(values(await copyColumns(pool, select, shape))).toEqual(values(driver.done()));
      // A failing statement fails the read, and the pool's connection serves the next one.
      await expect(copyColumns(pool, 'select nothing from copied', shape)).rejects.toThrow(/nothing/);
      expect((await copyColumns(pool, select, shape)).rows).toBe(TEXTS.length);
    } finally {
      await pool.end();
      await kysely.destroy();
      await db.drop();
    }
  });
});
