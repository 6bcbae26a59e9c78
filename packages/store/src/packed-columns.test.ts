import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type ColumnSet, ColumnsBuilder, columnValues, type PackedForm, type Value } from './columns.js';
import { connect, locate } from './connect.js';
import { unpack } from './packed-columns.js';
import { packedExpression } from './read-in-workers.js';
import { ordered } from './row-orders.js';
import { freshDatabase, seededRandom } from './testing.js';

// Columns read packed into one text a row from SQLite, and read back: the values come back as the
// whole read gives them, null and the empty text apart; what cannot be read back is said.

const TEXTS: (string | null)[] = ['x', '', null, 'n', 'v', 'é à ç', 'emoji 🎓 ok', 'two\nlines', 'v\u001e'];

function columnsOf(rows: readonly (readonly Value[])[], columns: number, plain: number[] = []): ColumnSet {
  const builder = new ColumnsBuilder(columns, plain);
  for (const row of rows) builder.row(row);
  return builder.done();
}

const values = (set: ColumnSet, c: number) => {
  const value = columnValues(set.columns[c] as never);
  return Array.from({ length: set.rows }, (_, r) => value(r));
};

describe('packed columns on sqlite', () => {
  const engine = 'sqlite';
  it('come back as the whole read gives them; a separator in a value makes the packed form unreadable', async () => {
    const db = await freshDatabase(engine);
    const kysely = connect(locate(db.url));
    try {
      await sql`create table packed_t (id integer primary key, a text, b text, n integer)`.execute(kysely);
      const rows = TEXTS.map((a, i) => [
        i + 1,
        a,
        TEXTS[(i + 3) % TEXTS.length] ?? null,
        i % 3 === 0 ? null : i * 7,
      ]);
      for (const [id, a, b, n] of rows)
        await sql`insert into packed_t (id, a, b, n) values (${id}, ${a}, ${b}, ${n})`.execute(kysely);
      const read = async (select: ReturnType<typeof sql>) => {
        const { rows: got } = await sql<
          Record<string, Value>
        >`select ${select} from packed_t order by id`.execute(kysely);
        return got.map((r) => Object.values(r));
      };
      const whole = columnsOf(await read(sql`id, a, b, n`), 4);
      const form: PackedForm = { sql: '', parameters: [], fields: [1, 2, 3] };
      const raw = columnsOf(await read(sql`id, ${packedExpression(['a', 'b', 'n'])}`), 2);
      const back = unpack(raw, form, 4, [3]);
      expect(back).not.toBeNull();
      for (let c = 0; c < 4; c += 1) expect(values(back as ColumnSet, c)).toEqual(values(whole, c));

      await sql`update packed_t set b = ${'a\u001fb'} where id = 2`.execute(kysely);
      const broken = columnsOf(await read(sql`id, ${packedExpression(['a', 'b', 'n'])}`), 2);
      expect(unpack(broken, form, 4, [3])).toBeNull();
    } finally {
      await kysely.destroy();
      await db.drop();
    }
  });
});

describe('unpack', () => {
  const form: PackedForm = { sql: '', parameters: [], fields: [0, 2] };
  it('puts the packed fields back at their places, between the columns read as they are', () => {
    const raw = columnsOf(
      [
        ['r1', 'va\u001fv3'],
        ['r2', 'n\u001fv12'],
        ['r3', 'va\u001fn'],
      ],
      2,
      [0],
    );
    const set = unpack(raw, form, 3, [2]) as ColumnSet;
    expect(values(set, 0)).toEqual(['a', null, 'a']);
    expect(values(set, 1)).toEqual(['r1', 'r2', 'r3']);
    expect(values(set, 2)).toEqual([3, 12, null]);
  });
  it('says it cannot read a text of another number of fields, unmarked, null or an integer that is not one', () => {
    for (const text of ['va', 'va\u001fv1\u001fv2', 'xa\u001fv1', null, 'va\u001fvx'])
      expect(unpack(columnsOf([['r', text]], 2, [0]), form, 3, [2])).toBeNull();
  });
});

describe('ordered', () => {
  it('gives the order of a full sort, for a coded first key and rows in any order', () => {
    const random = seededRandom(7);
    const rows = Array.from({ length: 2000 }, (_, i) => [
      `2024-01-${String(1 + random(28)).padStart(2, '0')}`,
      // Mostly in order of ref, as read, with some out of it.
      `R-${String(random(10) === 0 ? random(2000) : i).padStart(5, '0')}`,
    ]);
    const set = columnsOf(rows, 2, [1]);
    const full = [...Array(rows.length).keys()].sort((a, b) => {
      const [da, ra] = rows[a] as string[];
      const [db, rb] = rows[b] as string[];
      return (da as string) < (db as string)
        ? -1
        : da === db
          ? (ra as string) < (rb as string)
            ? -1
            : ra === rb
              ? a - b
              : 1
          : 1;
    });
    expect([...(ordered(set, { o: [0, 1] }).orders?.o ?? [])]).toEqual(full);
    // A plain first key: the full sort itself.
    expect([...(ordered(columnsOf(rows, 2, [0, 1]), { o: [0, 1] }).orders?.o ?? [])]).toEqual(full);
    // Integers compared as numbers, and several orders of one set at once.
    const numbers = columnsOf(
      [
        [10, 'b'],
        [9, 'c'],
        [100, 'a'],
      ],
      2,
      [0],
    );
    const orders = ordered(numbers, { id: [0], name: [1] }).orders;
    expect([...(orders?.id ?? [])]).toEqual([1, 0, 2]);
    expect([...(orders?.name ?? [])]).toEqual([2, 0, 1]);
    // Handed over by name: the rows in that order, the order by id giving their new numbers.
    const arranged = ordered(numbers, { id: [0], name: [1] }, 'name');
    expect(values(arranged, 1)).toEqual(['a', 'b', 'c']);
    expect(values(arranged, 0)).toEqual([100, 10, 9]);
    expect(arranged.orders?.name).toBeUndefined();
    expect([...(arranged.orders?.id ?? [])]).toEqual([2, 1, 0]);
  });
});
