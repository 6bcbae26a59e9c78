import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

// Which way a read of every record goes, told by the statements it runs: the worker threads read
// each table whole in order of ref or id, statements the read in this thread never runs.
async function readWith(url: string, workerRows: number | undefined) {
  const statements = new Set<string>();
  const store = await Store.open(url, {
    onQuery: (sql) => statements.add(sql),
    ...(workerRows === undefined ? {} : { workerRows }),
  });
  try {
    statements.clear();
    const dataset = await store.loadDataset();
    return { dataset, statements };
  } finally {
    await store.close();
  }
}

describe.each(ENGINES)('a read of every record on %s', (engine) => {
  it('gives the same records from worker threads as from its own thread, and uses them only from a size', async () => {
    const db = await freshDatabase(engine);
    try {
      const seed = await Store.open(db.url);
      await seed.replaceDataset(academieDemo, 'test');
      await seed.close();
      const inThread = await readWith(db.url, Number.POSITIVE_INFINITY);
      const inWorkers = await readWith(db.url, 0);
      const byDefault = await readWith(db.url, undefined);
      expect(inWorkers.dataset).toEqual(inThread.dataset);
      expect(inWorkers.dataset.tickets.length).toBe(academieDemo.tickets.length);
      expect([...inWorkers.statements].filter((s) => !inThread.statements.has(s))).not.toEqual([]);
      // The demo's 12,000 tickets and kit events are read in this thread: below the threshold.
      const counted = [...byDefault.statements].filter((s) => !inThread.statements.has(s));
      expect(counted).toHaveLength(1);
      expect(counted[0]).toMatch(/count\(\*\)/);
      expect(byDefault.dataset).toEqual(inThread.dataset);
    } finally {
      await db.drop();
    }
  });

  it('gives the same records when a value holds the packed form’s separator (read again unpacked)', async () => {
    const db = await freshDatabase(engine);
    try {
      const [first, ...rest] = academieDemo.tickets;
      const seed = await Store.open(db.url);
      await seed.replaceDataset(
        {
          ...academieDemo,
          tickets: [{ ...(first as (typeof rest)[number]), title: 'Mandat\u001frejeté' }, ...rest],
        },
        'test',
      );
      await seed.close();
      const inThread = await readWith(db.url, Number.POSITIVE_INFINITY);
      const inWorkers = await readWith(db.url, 0);
      expect(inWorkers.dataset).toEqual(inThread.dataset);
      expect(inWorkers.dataset.tickets.some((t) => t.title === 'Mandat\u001frejeté')).toBe(true);
    } finally {
      await db.drop();
    }
  });
});
