import { addDays, committeeReport } from '@opale/domain';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, locate } from '../connect.js';
import type { Database } from '../schema.js';
import { Store } from '../store.js';
import { ENGINES, freshDatabase } from '../testing.js';
import { undatedTrainingDay } from './0010-training-dates.js';
import { migrate, migrator } from './index.js';

// The schema as it was before training was dated: V4 switched on 01/01/2023, V6 on 01/01/2024,
// V6 with a group and two staff counts, V7 with a count only.
async function databaseBefore(engine: 'sqlite' | 'postgres', url: string): Promise<void> {
  const db: Kysely<Database> = connect(locate(url));
  const { error } = await (await migrator(db, engine)).migrateTo('0009-scenarios');
  if (error) throw error;
  await sql`insert into waves (id, number, switch_date, planned_count, recorded_by, recorded_at) values
    ('V4', 4, '2023-01-01', 9, 'seed', '2022-06-01T08:00:00Z'),
    ('V6', 6, '2024-01-01', 61, 'seed', '2023-06-01T08:00:00Z'),
    ('V7', 7, '2024-09-01', 28, 'seed', '2023-06-01T08:00:00Z')`.execute(db);
  await sql`insert into training_tracks (id, position, label, grouped, presential_days, remote_hours) values
    ('SG', 0, 'Service gestion', 1, 3, 9), ('ORD', 1, 'Ordonnateurs', 0, 0.5, 0)`.execute(db);
  await sql`insert into trainers (id, name, from_wave, recorded_by, recorded_at) values
    ('F1', 'Formateur 1', 'V4', 'seed', '2023-06-01T08:00:00Z'),
    ('F2', 'Formateur 2', 'V4', 'seed', '2023-06-01T08:00:00Z')`.execute(db);
  await sql`insert into training_groups (id, wave_id, track_id, size, trainer_a, trainer_b, recorded_by, recorded_at)
    values ('V6-SG-1', 'V6', 'SG', 21, 'F1', 'F2', 'seed', '2023-10-16T08:00:00Z')`.execute(db);
  await sql`insert into staff_counts (wave_id, track_id, count) values
    ('V6', 'SG', 21), ('V6', 'ORD', 61), ('V7', 'SG', 38)`.execute(db);
  await db.destroy();
}

describe('undatedTrainingDay', () => {
  it('is 1 September before the first bascule, or a fixed day with no wave', () => {
    expect(undatedTrainingDay('2021-01-01')).toBe('2020-09-01');
    expect(undatedTrainingDay('2022-09-01')).toBe('2022-09-01');
    expect(undatedTrainingDay('2022-08-31')).toBe('2021-09-01');
    expect(undatedTrainingDay(null)).toBe('2020-09-01');
  });
});

describe.each(ENGINES)('migration 0010-training-dates on %s', (engine) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('dates the groups and counts written before on 1 September before the first bascule, every report as it was', async () => {
    const { url, drop } = await freshDatabase(engine);
    drops.push(drop);
    await databaseBefore(engine, url);
    const db: Kysely<Database> = connect(locate(url));
    try {
      // The first migration the database lacked, and the later ones after it.
      expect((await migrate(db, engine))[0]).toBe('0010-training-dates');
    } finally {
      await db.destroy();
    }
    const store = await Store.open(url);
    try {
      const dataset = await store.loadDataset();
      const { training } = dataset;
      expect(training.groups.map((g) => [g.id, g.plannedOn])).toEqual([['V6-SG-1', '2022-09-01']]);
      expect(training.staff.map((s) => [s.waveId, s.trackId, s.count, s.plannedOn])).toEqual([
        ['V6', 'ORD', 61, '2022-09-01'],
        ['V6', 'SG', 21, '2022-09-01'],
        ['V7', 'SG', 38, '2022-09-01'],
      ]);
      // From the first day of the roll-out on, a report counts the training as when it had no dates.
      for (let day = '2022-09-01'; day <= '2025-12-31'; day = addDays(day, 61)) {
        const report = committeeReport(dataset, { asOf: day });
        expect(report.ok && report.value.training.map((t) => [t.waveId, t.totals])).toEqual([
          ['V6', { staff: 82, groups: 1, pairs: 1, trainers: 2 }],
          ['V7', { staff: 38, groups: 0, pairs: 0, trainers: 0 }],
        ]);
      }
    } finally {
      await store.close();
    }
  });
});
