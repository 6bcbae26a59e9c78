import { committeeReport, type Dataset, planAsOf } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededStore } from './seed.fixture.js';
import type { Store } from './store.js';
import { ENGINES } from './testing.js';

const [first, second] = academieDemo.waves.filter((w) => w.switchDate > '2024-01-22');
const moved = academieDemo.eple.find((e) => e.waveId === first?.id);
/** The day the drafts are applied. */
const TODAY = '2024-03-01';
const reportOn = (records: Dataset, asOf: string) => committeeReport(records, { asOf });
let reportBefore: ReturnType<typeof reportOn> | undefined;

describe.each(ENGINES)('scenario drafts on %s', (engine) => {
  const seeded = seededStore(engine);
  let store: Store;
  beforeAll(() => {
    store = seeded();
  });
  const audited = async (action: string) =>
    (
      await store.db
        .selectFrom('audit_log')
        .select('actor')
        .select('entity_id')
        .where('action', '=', action)
        .execute()
    ).map((l) => `${l.actor} ${l.entity_id}`);

  it('saves a named draft, changes it on the version read, and refuses a stale version', async () => {
    if (!first || !second || !moved) throw new Error('the demo records lack two waves to come');
    const scenario = { moves: [{ uai: moved.uai, toWave: second.id }], switchDates: [] };
    const saved = await store.scenarios.save({ name: 'Vague allégée', scenario }, 'si2c');
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value).toMatchObject({ name: 'Vague allégée', scenario, createdBy: 'si2c', version: 1 });
    const switchDates = [{ waveId: second.id, switchDate: '2024-09-02' }];
    const changed = await store.scenarios.save(
      {
        id: saved.value.id,
        version: 1,
        name: 'Vague allégée, rentrée',
        scenario: { ...scenario, switchDates },
      },
      'drasi',
    );
    expect(changed.ok && changed.value.version).toBe(2);
    const stale = await store.scenarios.save({ id: saved.value.id, version: 1, name: 'x', scenario }, 'si2c');
    expect(stale.ok ? [] : stale.errors.map((e) => e.code)).toEqual(['conflict']);
    expect((await store.scenarios.list()).map((d) => [d.name, d.version])).toEqual([
      ['Vague allégée, rentrée', 2],
    ]);
    expect(await audited('scenario-change')).toEqual([`drasi ${saved.value.id}`]);
  });

  it('refuses a draft whose scenario does not hold against the records, naming the field', async () => {
    const bad = await store.scenarios.save(
      { name: 'Erronée', scenario: { moves: [{ uai: '0000000Z', toWave: 'V99' }], switchDates: [] } },
      'si2c',
    );
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toContain('scenario.moves[0].toWave');
    const unnamed = await store.scenarios.save(
      { name: '  ', scenario: { moves: [], switchDates: [] } },
      'si2c',
    );
    expect(unnamed.ok ? [] : unnamed.errors.map((e) => e.field)).toEqual(['name']);
  });

  it('applies a draft to the records in one transaction, one audit line per change, and only once', async () => {
    const [draft] = await store.scenarios.list();
    if (!draft || !moved || !second) throw new Error('no draft saved');
    const stale = await store.scenarios.apply(draft.id, 1, 'admin', TODAY);
    expect(stale.ok ? [] : stale.errors.map((e) => e.code)).toEqual(['conflict']);
    reportBefore = reportOn(await store.loadDataset(), '2024-01-22');
    const applied = await store.scenarios.apply(draft.id, draft.version, 'admin', TODAY);
    expect(
      applied.ok && [applied.value.moves, applied.value.switchDates, applied.value.draft.appliedBy],
    ).toEqual([1, 1, 'admin']);
    const records = await store.loadDataset();
    expect(records.eple.find((e) => e.uai === moved.uai)?.waveId).toBe(second.id);
    expect(records.waves.find((w) => w.id === second.id)?.switchDate).toBe('2024-09-02');
    expect(await audited('scenario-move')).toEqual([`admin ${moved.uai}`]);
    expect(await audited('scenario-switch-date')).toEqual([`admin ${second.id}`]);
    const again = await store.scenarios.apply(draft.id, draft.version + 1, 'admin', TODAY);
    expect(again.ok ? [] : again.errors.map((e) => e.code)).toEqual(['inconsistent']);
  });

  it('keeps each change, dated, so that the days before it read the plan they had', async () => {
    if (!first || !second || !moved) throw new Error('no draft applied');
    const records = await store.loadDataset();
    const decided = { on: TODAY, recordedBy: 'admin' };
    expect(records.waveChanges?.map(({ recordedAt: _, ...c }) => c)).toEqual([
      { kind: 'eple-wave', uai: moved.uai, from: first.id, to: second.id, ...decided },
      { kind: 'switch-date', waveId: second.id, from: second.switchDate, to: '2024-09-02', ...decided },
    ]);
    expect(planAsOf(records, '2024-02-29').eple.find((e) => e.uai === moved.uai)?.waveId).toBe(first.id);
    // The moved EPLE belongs to its first wave on the days before: a read of that wave holds it.
    const scoped = await store.loadDataset({ waveIds: [first.id] });
    expect(scoped.eple.some((e) => e.uai === moved.uai)).toBe(true);
    expect(scoped.waveChanges?.length).toBe(2);
  });

  it('leaves the report of a day before the change as it was', async () => {
    const records = await store.loadDataset();
    const { waveChanges: _, ...unchanged } = records;
    expect(reportOn(records, '2024-01-22')).not.toEqual(reportOn(unchanged, '2024-01-22'));
    expect(reportOn(records, '2024-01-22')).toEqual(reportBefore);
  });

  it('writes nothing when the records no longer hold the draft', async () => {
    if (!first || !moved) throw new Error('the demo records lack a wave to come');
    const at = new Date().toISOString();
    const scenario = {
      moves: [
        { uai: moved.uai, toWave: first.id },
        { uai: '0000000Z', toWave: first.id },
      ],
      switchDates: [],
    };
    await store.db
      .insertInto('scenarios')
      .values({
        id: 'old',
        name: 'Ancienne',
        scenario: JSON.stringify(scenario),
        created_by: 'si2c',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const refused = await store.scenarios.apply('old', 1, 'admin', TODAY);
    expect(refused.ok ? [] : refused.errors.map((e) => e.field)).toEqual(['scenario.moves[1].uai']);
    expect((await store.loadDataset()).eple.find((e) => e.uai === moved.uai)?.waveId).not.toBe(first.id);
    expect(await audited('scenario-move')).toHaveLength(1);
    expect((await store.scenarios.read('old'))?.appliedAt).toBeNull();
  });
});
