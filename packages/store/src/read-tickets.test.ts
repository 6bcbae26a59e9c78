import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { connectWithRows } from './connect.js';
import { readDataset } from './read-dataset.js';
import { readKitEvents } from './read-tickets.js';
import { sharedStrings } from './row-tuples.js';
import { seededStore } from './seed.fixture.js';
import { ENGINES } from './testing.js';

// The store reads its records as arrays of columns (better-sqlite3's raw rows, pg's array rows);
// reads within a transaction go through Kysely's row objects. Both must give the very same records.

describe.each(ENGINES)('the records read as arrays on %s', (engine) => {
  const seeded = seededStore(engine);

  it('are the records read as objects, property for property, whole and for one wave', async () => {
    expect(await seeded().loadDataset()).toStrictEqual(await readDataset(seeded().db));
    expect(await seeded().loadDataset({ waveIds: ['V6'] })).toStrictEqual(
      await readDataset(seeded().db, { waveIds: ['V6'] }),
    );
  });

  it('give the tickets by day opened then ref, each with its changes in the order made', async () => {
    const { tickets } = await seeded().loadDataset();
    const key = (t: { openedOn: string; ref: string }) => `${t.openedOn} ${t.ref}`;
    expect(tickets.map(key)).toEqual(academieDemo.tickets.map(key).sort());
    const given = new Map(academieDemo.tickets.map((t) => [t.ref, t.history]));
    for (const t of tickets) expect(t.history).toEqual(given.get(t.ref));
  });

  it('give the kit events in the order recorded when their EPLE take several statements', async () => {
    const uais = [...new Set(academieDemo.kit.events.map((e) => e.uai))];
    const first = uais[0] as string;
    const last = uais[uais.length - 1] as string;
    // The EPLE recorded last in the first statement, the one recorded first in the second: each
    // statement gives its rows in order, the two together do not.
    const unknown = Array.from({ length: 6000 }, (_, i) => `X${String(i).padStart(7, '0')}`);
    const { db, rows } = connectWithRows(seeded().location);
    try {
      const expected = academieDemo.kit.events.filter((e) => e.uai === first || e.uai === last);
      for (const source of [rows, undefined])
        expect(await readKitEvents(db, [last, ...unknown, first], source, sharedStrings())).toEqual(expected);
    } finally {
      await db.destroy();
    }
  });
});
