import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectWithRows, locate } from './connect.js';
import { migrate } from './migrations/index.js';
import { ENGINES, freshDatabase } from './testing.js';

describe.each(ENGINES)('rows read as arrays on %s', (engine) => {
  it('come in the order selected, and a read that fails leaves the next one working', async () => {
    const fresh = await freshDatabase(engine);
    const { db, rows } = connectWithRows(locate(fresh.url));
    try {
      await migrate(db, engine);
      await db
        .insertInto('meta')
        .values([
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ])
        .execute();
      const read = async () => {
        const got: unknown[] = [];
        await rows(db.selectFrom('meta').select(['value', 'key']).orderBy('key'), (row) => got.push(row));
        return got;
      };
      expect(await read()).toEqual([
        ['1', 'a'],
        ['2', 'b'],
      ]);
      // A record that cannot be built fails its read with its own error…
      const failing = rows(db.selectFrom('meta').select('key'), () => {
        throw new Error('no such record');
      });
      await expect(failing).rejects.toThrow('no such record');
      // …and a statement the database refuses, with the database's.
      await expect(
        rows(db.selectFrom('meta').select(sql<string>`nope`.as('x')), () => undefined),
      ).rejects.toThrow(/nope/);
      expect(await read()).toHaveLength(2);
    } finally {
      await db.destroy();
      await fresh.drop();
    }
  });
});
