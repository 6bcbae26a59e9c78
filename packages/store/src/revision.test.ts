import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

describe.each(ENGINES)('the records’ revision on %s', (engine) => {
  it('changes with every committed write, from this store or another on the same database', async () => {
    const db = await freshDatabase(engine);
    const one = await Store.open(db.url);
    const other = await Store.open(db.url);
    try {
      await one.replaceDataset(academieDemo, 'test');
      const before = await one.revision();
      expect(await other.revision()).toBe(before);
      const uai = academieDemo.eple[0]?.uai as string;
      const written = await other.writes.recordFollowUp(
        { uai, kind: 'call', note: 'x', on: '2024-01-22' },
        'test',
      );
      expect(written.ok).toBe(true);
      expect(await one.revision()).toBeGreaterThan(before);
      const refused = await other.writes.recordFollowUp(
        { uai: '0000000A', kind: 'call', note: 'x', on: '2024-01-22' },
        'test',
      );
      expect(refused.ok).toBe(false);
      const after = await one.revision();
      expect(await other.revision()).toBe(after);
    } finally {
      await one.close();
      await other.close();
      await db.drop();
    }
  });
});

describe.each(ENGINES)('reading the records on %s', (engine) => {
  it('is done once for callers that ask at once, and again for one that saw a later revision', async () => {
    const db = await freshDatabase(engine);
    const seed = await Store.open(db.url);
    await seed.replaceDataset(academieDemo, 'test');
    await seed.close();
    let reads = 0;
    const store = await Store.open(db.url, {
      onQuery: (sql) => {
        if (/from "eple"/.test(sql)) reads++;
      },
    });
    try {
      const [a, b, c] = await Promise.all([store.loadDataset(), store.loadDataset(), store.loadDataset()]);
      expect(reads).toBe(1);
      expect(b).toBe(a);
      expect(c).toBe(a);
      const uai = academieDemo.eple[0]?.uai as string;
      await store.writes.recordFollowUp({ uai, kind: 'call', note: 'later', on: '2024-01-22' }, 'test');
      reads = 0;
      const after = await store.loadDataset();
      expect(reads).toBe(1);
      expect(after.followUps.some((f) => f.note === 'later')).toBe(true);
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
