import { planAsOf } from '@opale/domain';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, locate } from '../connect.js';
import { readDataset } from '../read-dataset.js';
import type { Database } from '../schema.js';
import { ENGINES, freshDatabase } from '../testing.js';
import { migrate, migrations } from './index.js';

const r = { recorded_by: 'import:waves', recorded_at: '2023-09-01T10:00:00.000Z' };
// A draft applied at 23:30 UTC on 29/02/2024: already 01/03/2024 in Paris.
const applied = { at: '2024-02-29T23:30:00.000Z', actor: 'admin' };

describe.each(ENGINES)('the wave changes migration on %s', (engine) => {
  let db: Kysely<Database>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabase(engine);
    drop = fresh.drop;
    db = connect(locate(fresh.url));
    // A database as the migrations before this one left it, with a draft applied in place.
    const all = migrations(engine);
    const before = new Migrator({
      db,
      provider: {
        getMigrations: async () =>
          Object.fromEntries(Object.entries(all).filter(([name]) => name < '0011-wave-changes')),
      },
      ...(engine === 'postgres'
        ? {
            migrationTableSchema: (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]
              ?.s,
          }
        : {}),
    });
    expect((await before.migrateToLatest()).error).toBeUndefined();
    await db
      .insertInto('waves')
      .values([
        { id: 'V7', number: 7, switch_date: '2024-09-02', planned_count: 28, ...r },
        { id: 'V8', number: 8, switch_date: '2025-01-01', planned_count: 144, ...r },
      ])
      .execute();
    const eple = (uai: string, wave_id: string) => ({
      uai,
      name: `Collège ${uai}`,
      kind: 'college',
      commune: 'Amiens',
      departement: '80',
      agence_uai: uai,
      wave_id,
      created_on: '2023-10-06',
      ...r,
    });
    await db
      .insertInto('eple')
      .values([eple('0800001W', 'V8'), eple('0800002X', 'V7')])
      .execute();
    const line = (action: string, entity: string, entity_id: string, from: string, to: string) => ({
      ...applied,
      action,
      entity,
      entity_id,
      detail: JSON.stringify({ scenario: 'd1', from, to }),
    });
    await db
      .insertInto('audit_log')
      .values([
        line('scenario-move', 'eple', '0800001W', 'V7', 'V8'),
        line('scenario-switch-date', 'wave', 'V7', '2024-09-01', '2024-09-02'),
        line('ticket-change', 'ticket', 'R-1', 'SI2C', 'DRASI'),
      ])
      .execute();
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  it('dates every change an applied draft made in place, on the day in Paris it was applied', async () => {
    expect(await migrate(db, engine)).toEqual(['0011-wave-changes']);
    const records = await readDataset(db);
    const decided = { on: '2024-03-01', recordedBy: 'admin', recordedAt: applied.at };
    expect(records.waveChanges).toEqual([
      { kind: 'eple-wave', uai: '0800001W', from: 'V7', to: 'V8', ...decided },
      { kind: 'switch-date', waveId: 'V7', from: '2024-09-01', to: '2024-09-02', ...decided },
    ]);
    const before = planAsOf(records, '2024-02-29');
    expect(before.eple.map((e) => [e.uai, e.waveId])).toEqual([
      ['0800001W', 'V7'],
      ['0800002X', 'V7'],
    ]);
    expect(before.waves.map((w) => w.switchDate)).toEqual(['2024-09-01', '2025-01-01']);
    expect(planAsOf(records, '2024-03-01')).toBe(records);
  });
});
