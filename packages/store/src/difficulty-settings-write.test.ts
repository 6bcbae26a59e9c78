import { committeeReport, DEFAULT_DIFFICULTY_CONFIG } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { seededStore } from './seed.fixture.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const difficultyOn = async (store: Store, asOf: string) => {
  const report = committeeReport(await store.loadDataset(), { asOf });
  if (!report.ok) throw new Error('bad report in test');
  return report.value.difficulty;
};

describe.each(ENGINES)('the difficulty rule on %s', (engine) => {
  const store = seededStore(engine);

  it('has the defaults in force while no rule is recorded', async () => {
    expect(await store().difficultyRule.history()).toEqual([]);
    expect((await store().loadDataset()).difficultySettings).toBeUndefined();
    expect((await difficultyOn(store(), '2024-01-22')).config).toEqual(DEFAULT_DIFFICULTY_CONFIG);
  });

  it('refuses a bad rule naming every field, and writes nothing', async () => {
    const r = await store().difficultyRule.setRule(
      {
        effectiveOn: '2024-02-30',
        rule: { weights: { 'kit-below-10': -1, unknown: 2 }, scoreThreshold: 1.5, scoreTreshold: 2 },
        reason: 3,
      },
      'admin',
      '2024-01-22',
    );
    expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual([
      'effectiveOn',
      'reason',
      'rule.scoreThreshold',
      'rule.scoreTreshold',
      'rule.weights.kit-below-10',
      'rule.weights.unknown',
    ]);
    expect(await store().difficultyRule.history()).toEqual([]);
  });

  it('refuses a rule effective before today: a past day keeps its rule', async () => {
    const r = await store().difficultyRule.setRule(
      { effectiveOn: '2024-01-21', rule: { scoreThreshold: 5 } },
      'admin',
      '2024-01-22',
    );
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'effectiveOn', code: 'out_of_range' }] });
  });

  it('records a rule from a day on, over the rule in force, audited, and the report follows it', async () => {
    const before = await difficultyOn(store(), '2024-01-22');
    const r = await store().difficultyRule.setRule(
      { effectiveOn: '2024-01-23', rule: { scoreThreshold: 5 }, reason: ' Trop de signalements ' },
      'admin:alice',
      '2024-01-22',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.setting).toMatchObject({
      effectiveOn: '2024-01-23',
      config: { ...DEFAULT_DIFFICULTY_CONFIG, scoreThreshold: 5 },
      recordedBy: 'admin:alice',
      reason: 'Trop de signalements',
    });
    // A second rule changes only what it names: the threshold of the first stays.
    const second = await store().difficultyRule.setRule(
      { effectiveOn: '2024-02-01', rule: { weights: { 'open-tickets': 2 } } },
      'admin:alice',
      '2024-01-22',
    );
    expect(second.ok && second.value.setting.config).toMatchObject({
      scoreThreshold: 5,
      weights: { ...DEFAULT_DIFFICULTY_CONFIG.weights, 'open-tickets': 2 },
    });
    expect(second.ok && second.value.history.map((s) => s.effectiveOn)).toEqual(['2024-01-23', '2024-02-01']);
    // The day before the first rule keeps its figures; from its day on, the rule is in force.
    expect(await difficultyOn(store(), '2024-01-22')).toEqual(before);
    const after = await difficultyOn(store(), '2024-01-23');
    expect(after.config.scoreThreshold).toBe(5);
    expect(after.eple.every((e) => e.score >= 5)).toBe(true);
    const log = await store()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'difficulty-rule')
      .execute();
    expect(log.map((l) => [l.actor, l.entity_id])).toEqual([
      ['admin:alice', '2024-01-23'],
      ['admin:alice', '2024-02-01'],
    ]);
  });

  it('keeps the history through a copy of the records', async () => {
    const dataset = await store().loadDataset();
    const db = await freshDatabase(engine);
    const copy = await Store.open(db.url);
    try {
      await copy.replaceDataset(dataset, 'seed');
      expect(await copy.difficultyRule.history()).toEqual(await store().difficultyRule.history());
    } finally {
      await copy.close();
      await db.drop();
    }
  });
});
