import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, locate } from '../connect.js';
import type { Database } from '../schema.js';
import { ENGINES, freshDatabase } from '../testing.js';
import { initial } from './0001-initial.js';
import { migrate } from './index.js';

describe.each(ENGINES)('the milestone history migration on %s', (engine) => {
  let db: Kysely<Database>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabase(engine);
    drop = fresh.drop;
    db = connect(locate(fresh.url));
    // A database as the first schema left it, with a calendar in it.
    const first = new Migrator({
      db,
      provider: { getMigrations: async () => ({ '0001-initial': initial(engine) }) },
      // On PostgreSQL, in the test's schema, as `migrate` does.
      ...(engine === 'postgres'
        ? {
            migrationTableSchema: (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]
              ?.s,
          }
        : {}),
    });
    expect((await first.migrateToLatest()).error).toBeUndefined();
    const r = { recorded_by: 'import:waves', recorded_at: '2023-09-01T10:00:00.000Z' };
    await db
      .insertInto('waves')
      .values({ id: 'V6', number: 6, switch_date: '2024-01-01', planned_count: 61, ...r })
      .execute();
    await db
      .insertInto('milestones' as never)
      .values([
        {
          wave_id: 'V6',
          position: 0,
          kind: 'eple-informed',
          label: 'Information',
          due_on: '2023-06-02',
          done_on: '2023-06-02',
        },
        {
          wave_id: 'V6',
          position: 1,
          kind: 'eple-created',
          label: 'Création',
          due_on: '2023-10-06',
          done_on: null,
        },
      ] as never)
      .execute();
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  it('keeps every milestone, names it from its wave and position, and starts its history at the origin', async () => {
    expect(await migrate(db, engine)).toContain('0002-milestone-history');
    const rows = await db.selectFrom('milestones').selectAll().orderBy('position').execute();
    expect(rows.map((m) => [m.id, m.version, m.label, m.done_on])).toEqual([
      ['V6-1', 1, 'Information', '2023-06-02'],
      ['V6-2', 1, 'Création', null],
    ]);
    const events = await db.selectFrom('milestone_events').selectAll().orderBy('id').execute();
    expect(events.map((e) => [e.milestone_id, e.on_date, e.due_on, e.recorded_by])).toEqual([
      ['V6-1', null, '2023-06-02', 'import:waves'],
      ['V6-2', null, '2023-10-06', 'import:waves'],
    ]);
  });
});
