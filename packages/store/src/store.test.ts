import { committeeReport, validateDataset } from '@opale/domain';
import { academieDemo, DEMO_AS_OF } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutMilestoneBookkeeping } from './milestone.fixture.js';
import { scopeKey } from './read-dataset.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const sortedBy = <T>(list: readonly T[], key: (t: T) => string) =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));

describe('scopeKey', () => {
  it('gives the same key to the same waves in any order, and one key to every way of saying all', () => {
    expect(scopeKey({ waveIds: ['V7', 'V6'] })).toBe(scopeKey({ waveIds: ['V6', 'V7'] }));
    expect(scopeKey({ waveIds: ['V6'] })).not.toBe(scopeKey({ waveIds: ['V6', 'V7'] }));
    expect(scopeKey({})).toBe(scopeKey({ waveIds: [] }));
  });
});

describe.each(ENGINES)('the store on %s', (engine) => {
  let store: Store;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    url = db.url;
    drop = db.drop;
    store = await Store.open(db.url);
    await store.replaceDataset(academieDemo, 'test');
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  it('migrates an empty database and is empty until seeded', async () => {
    const db = await freshDatabase(engine);
    const other = await Store.open(db.url);
    expect(await other.isEmpty()).toBe(true);
    await other.close();
    await db.drop();
    expect(await store.isEmpty()).toBe(false);
  });

  it('gives back the records it was given', async () => {
    const loaded = await store.loadDataset();
    expect(validateDataset(loaded).ok).toBe(true);
    expect(loaded.academie).toEqual(academieDemo.academie);
    expect(withoutMilestoneBookkeeping(loaded.waves)).toEqual(
      withoutMilestoneBookkeeping(academieDemo.waves).map((w) => ({
        ...w,
        milestones: w.milestones.map((m, i) => ({ ...m, id: `${w.id}-${i + 1}` })),
      })),
    );
    // Each given milestone is known from the origin: one change, no day decided, by who seeded.
    const changes = loaded.waves.flatMap((w) =>
      w.milestones.map((m) => {
        const first = m.history?.[0];
        return JSON.stringify([m.version, m.history?.length, first?.on, first?.recordedBy]);
      }),
    );
    expect(new Set(changes)).toEqual(new Set([JSON.stringify([1, 1, undefined, 'test'])]));
    expect(sortedBy(loaded.eple, (e) => e.uai)).toEqual(sortedBy(academieDemo.eple, (e) => e.uai));
    expect(sortedBy(loaded.tickets, (t) => t.ref)).toEqual(sortedBy(academieDemo.tickets, (t) => t.ref));
    expect(loaded.kit).toEqual(academieDemo.kit);
    expect(loaded.budgets).toEqual(academieDemo.budgets);
    // The store gives groups in the order of their ids (V8-SG-10 before V8-SG-2), counts by wave and track.
    const staff = (d: typeof loaded) => sortedBy(d.training.staff, (s) => `${s.waveId}|${s.trackId}`);
    const groups = (d: typeof loaded) => sortedBy(d.training.groups, (g) => g.id);
    expect({ ...loaded.training, groups: groups(loaded), staff: staff(loaded) }).toEqual({
      ...academieDemo.training,
      groups: groups(academieDemo),
      staff: staff(academieDemo),
    });
  });

  it('computes the committee figures from what it stores', async () => {
    const report = committeeReport(await store.loadDataset(), { asOf: DEMO_AS_OF });
    const expected = committeeReport(academieDemo, { asOf: DEMO_AS_OF });
    expect(report).toEqual(expected);
    if (!report.ok) return;
    expect(report.value.tickets.all).toEqual({ total: 324, national: 48, si2c: 65, drasi: 211 });
    expect(report.value.waves.find((w) => w.id === 'V6')?.budget.rate.percent).toBe(81.96);
  });

  it("reads one wave's records only", async () => {
    const v6 = await store.loadDataset({ waveIds: ['V6'] });
    const v6Uais = new Set(academieDemo.eple.filter((e) => e.waveId === 'V6').map((e) => e.uai));
    const agences = new Set(academieDemo.eple.filter((e) => v6Uais.has(e.uai)).map((e) => e.agenceUai));
    expect(new Set(v6.eple.map((e) => e.uai))).toEqual(new Set([...v6Uais, ...agences]));
    expect(v6.tickets.every((t) => t.uai !== undefined && (v6Uais.has(t.uai) || agences.has(t.uai)))).toBe(
      true,
    );
    const whole = committeeReport(academieDemo, { asOf: DEMO_AS_OF, waves: ['V6'] });
    const scoped = committeeReport(v6, { asOf: DEMO_AS_OF, waves: ['V6'] });
    expect(scoped.ok && scoped.value.waves).toEqual(whole.ok && whole.value.waves);
  });

  it('gives the version of each ticket named, in one statement for a page, and leaves unknown refs out', async () => {
    const statements: string[] = [];
    const counted = await Store.open(url, { onQuery: (sql) => statements.push(sql) });
    try {
      const page = academieDemo.tickets.slice(0, 100).map((t) => t.ref);
      statements.length = 0;
      const versions = await counted.ticketVersions([...page, 'R-404404', page[0] ?? '']);
      expect(versions).toEqual(new Map(page.map((ref) => [ref, 1])));
      expect(statements).toHaveLength(1);
      // Longer than either engine allows bound parameters in one statement: read in chunks.
      const long = [...page, ...Array.from({ length: 70_000 }, (_, i) => `X-${i}`)];
      expect((await counted.ticketVersions(long)).size).toBe(100);
      statements.length = 0;
      expect(await counted.ticketVersions([])).toEqual(new Map());
      expect(statements).toEqual([]);
    } finally {
      await counted.close();
    }
  });

  it('passes its integrity check', async () => {
    expect(await store.integrityCheck()).toEqual({ ok: true, problems: [] });
  });
});
