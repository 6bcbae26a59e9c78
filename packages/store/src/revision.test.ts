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
