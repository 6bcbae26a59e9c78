import type { Wave } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lateOn, milestoneEvents } from './milestone.fixture.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const TODAY = '2024-02-15';
const wave = (waves: readonly Wave[], id: string) => waves.find((w) => w.id === id) as Wave;
describe.each(ENGINES)('milestone writes on %s', (engine) => {
  let store: Store;
  let other: Store;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
    await store.replaceDataset(academieDemo, 'seed');
    other = await Store.open(db.url);
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
    await drop?.();
  });

  it('gives the seeded milestones an identity, a version and one change known from the origin', async () => {
    const v7 = wave((await store.loadDataset()).waves, 'V7');
    expect(v7.milestones.map((m) => m.id)).toEqual(['V7-1', 'V7-2', 'V7-3', 'V7-4', 'V7-5', 'V7-6', 'V7-7']);
    expect(v7.milestones[3]).toMatchObject({
      version: 1,
      history: [{ recordedBy: 'seed', dueOn: '2024-01-12' }],
    });
    expect(v7.milestones[3]?.history?.[0]?.on).toBeUndefined();
    expect(await lateOn(store, '2024-01-22')).toEqual(['V7-4+10']);
  });

  it('records a milestone done, dated, audited, without changing a past day', async () => {
    const input = {
      id: 'V7-4',
      waveId: 'V7',
      kind: 'other',
      label: 'Retour des fiches de recensement des personnels à former',
      dueOn: '2024-01-12',
      doneOn: '2024-01-30',
      on: '2024-02-01',
    };
    const r = await store.writes.recordMilestone(input, 1, 'drasi:bob', TODAY);
    expect(r.ok && r.value.milestone).toMatchObject({ id: 'V7-4', version: 2, doneOn: '2024-01-30' });
    expect(r.ok && r.value.milestone.history?.map((c) => [c.on, c.recordedBy])).toEqual([
      [undefined, 'seed'],
      ['2024-02-01', 'drasi:bob'],
    ]);
    // As of the committee's day, the milestone was late and stays so; from the 1st of February it is done.
    expect(await lateOn(store, '2024-01-22')).toEqual(['V7-4+10']);
    expect(await lateOn(store, '2024-02-01')).toEqual([]);
    const log = await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'milestone')
      .execute();
    expect(log.map((l) => [l.action, l.actor, l.entity_id])).toEqual([
      ['milestone-change', 'drasi:bob', 'V7-4'],
    ]);
    // The same change again leaves everything as it is.
    const again = await store.writes.recordMilestone(input, 2, 'drasi:bob', TODAY);
    expect(again.ok && again.value.milestone.version).toBe(2);
  });

  it('adds a milestone at the end of its wave, known from the day it was decided', async () => {
    const input = {
      waveId: 'v8',
      kind: 'reminder',
      label: 'Relance des EPLE',
      dueOn: '2024-02-10',
      on: '2024-02-05',
    };
    const r = await store.writes.recordMilestone(input, undefined, 'admin:ann', TODAY);
    expect(r.ok && r.value).toMatchObject({ waveId: 'V8', milestone: { id: 'V8-5', version: 1 } });
    expect(await lateOn(store, '2024-02-04')).toEqual([]);
    expect(await lateOn(store, '2024-02-12')).toEqual(['V8-5+2']);
  });

  it('refuses a stale version with a conflict, and bad input naming each field; nothing is written', async () => {
    const before = await milestoneEvents(store);
    const stale = await other.writes.recordMilestone(
      { id: 'V7-4', waveId: 'V7', kind: 'other', label: 'X', dueOn: '2024-01-12', on: '2024-02-02' },
      1,
      'admin:ann',
      TODAY,
    );
    expect(stale.ok ? [] : stale.errors.map((e) => [e.field, e.code])).toEqual([['version', 'conflict']]);
    const bad = await store.writes.recordMilestone(
      { id: 'V9-9', waveId: 'V9', kind: 'other', label: 'X', dueOn: '2024-01-12', on: '2024-02-02' },
      1,
      'admin:ann',
      TODAY,
    );
    expect(bad.ok ? [] : bad.errors.map((e) => e.message)).toEqual(['milestone.id: no milestone V9-9']);
    const wrongWave = await store.writes.recordMilestone(
      { id: 'V7-1', waveId: 'V8', kind: 'other', label: 'X', dueOn: '2024-01-12', on: '2024-02-02' },
      1,
      'admin:ann',
      TODAY,
    );
    expect(wrongWave.ok ? [] : wrongWave.errors.map((e) => e.field)).toEqual(['milestone.waveId']);
    const noVersion = await store.writes.recordMilestone(
      { id: 'V7-1', waveId: 'V7', kind: 'other', label: 'X', dueOn: '2024-01-12', on: '2024-02-02' },
      undefined,
      'admin:ann',
      TODAY,
    );
    expect(noVersion.ok ? [] : noVersion.errors.map((e) => [e.field, e.code])).toEqual([
      ['version', 'required'],
    ]);
    expect(await milestoneEvents(store)).toBe(before);
  });

  it('adds milestones written at once by two connections each in its own place', async () => {
    const add = (store: Store, n: number) =>
      store.writes.recordMilestone(
        { waveId: 'V9', kind: 'reminder', label: `Relance ${n}`, dueOn: '2025-03-01', on: '2024-02-10' },
        undefined,
        'drasi:bob',
        TODAY,
      );
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => add(n % 2 ? store : other, n)));
    // Write transactions take the records' revision first: they follow one another, on both engines.
    const added = answers.flatMap((a) => (a.ok ? [a.value.milestone.id] : []));
    expect(new Set(added).size).toBe(6);
    const v9 = (await store.loadDataset()).waves.find((w) => w.id === 'V9');
    expect(new Set(v9?.milestones.map((m) => m.id).slice(4))).toEqual(new Set(added));
  });
});
