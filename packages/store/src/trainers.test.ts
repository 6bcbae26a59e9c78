import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { academieDemo } from '@opale/sample-data';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, locate } from './connect.js';
import { toCsv } from './export/csv.js';
import { recordTables } from './export/record-exports.js';
import { toXlsx } from './export/xlsx.js';
import { readImport } from './import-file.js';
import { initial } from './migrations/0001-initial.js';
import { migrate } from './migrations/index.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';
import { readTrainers } from './trainer-records.js';

const dir = mkdtempSync(join(tmpdir(), 'opale-trainers-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const GROUPED = academieDemo.training.tracks.filter((t) => t.grouped).map((t) => t.id);

describe.each(ENGINES)('trainers on %s', (engine) => {
  let store: Store;
  let drop: () => Promise<void>;
  const trainers = async () => (await store.loadDataset()).training.trainers;
  const audits = async (action: string) =>
    (await store.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute()).length;

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
    await store.replaceDataset(academieDemo, 'seed');
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  it('keeps the trainers and groups recorded before the migration: every grouped track, always available', async () => {
    const fresh = await freshDatabase(engine);
    const location = locate(fresh.url);
    const db = connect(location);
    try {
      // The migration tables where `migrate` keeps them: in the schema of the records.
      const schema =
        engine === 'postgres'
          ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
          : undefined;
      const only = new Migrator({
        db,
        provider: { getMigrations: async () => ({ '0001-initial': initial(engine) }) },
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      expect((await only.migrateToLatest()).error).toBeUndefined();
      const r = { recorded_by: 'seed', recorded_at: '2024-01-01T00:00:00Z' };
      await db
        .insertInto('waves')
        .values({ id: 'V6', number: 6, switch_date: '2024-01-01', planned_count: 61, ...r })
        .execute();
      await db
        .insertInto('training_tracks')
        .values([
          {
            id: 'SG',
            position: 0,
            label: 'Service gestion',
            grouped: 1,
            presential_days: 3,
            remote_hours: 9,
          },
          {
            id: 'ORD',
            position: 1,
            label: 'Ordonnateurs',
            grouped: 0,
            presential_days: 0.5,
            remote_hours: 0,
          },
          {
            id: 'AC',
            position: 2,
            label: 'Agent comptable',
            grouped: 1,
            presential_days: 4,
            remote_hours: 12,
          },
        ] as never)
        .execute();
      await db
        .insertInto('trainers')
        .values([
          { id: 'F1', name: 'Formateur 1', from_wave: 'V2' },
          { id: 'F2', name: 'Formateur 2', from_wave: 'V4' },
        ] as never)
        .execute();
      const group = {
        id: 'V6-SG-1',
        wave_id: 'V6',
        track_id: 'SG',
        size: 20,
        trainer_a: 'F1',
        trainer_b: 'F2',
        ...r,
      };
      await db
        .insertInto('training_groups')
        .values(group as never)
        .execute();
      expect(await migrate(db, engine)).toContain('0004-trainers');
      expect(await readTrainers(db)).toEqual([
        {
          trainer: {
            id: 'F1',
            name: 'Formateur 1',
            fromWave: 'V2',
            trackIds: ['SG', 'AC'],
            unavailableWaves: [],
          },
          version: 1,
        },
        {
          trainer: {
            id: 'F2',
            name: 'Formateur 2',
            fromWave: 'V4',
            trackIds: ['SG', 'AC'],
            unavailableWaves: [],
          },
          version: 1,
        },
      ]);
      // Later migrations date the group on 1 September before the first bascule (0010).
      expect(await db.selectFrom('training_groups').selectAll().execute()).toEqual([
        { ...group, version: 1, planned_on: '2023-09-01' },
      ]);
      // A group may now lack its pair.
      await db
        .insertInto('training_groups')
        .values({ ...group, id: 'V6-SG-2', trainer_a: null, trainer_b: null, planned_on: '2023-10-16' })
        .execute();
    } finally {
      await db.destroy();
      await fresh.drop();
    }
  });

  it('records a trainer, changes it on the version read, and refuses bad input with the field', async () => {
    const input = {
      id: 'F90',
      name: 'Formatrice 90',
      fromWave: 'V4',
      trackIds: ['SG'],
      unavailableWaves: ['V8'],
    };
    const added = await store.writes.recordTrainer(input, null, 'si2c:alice');
    expect(added).toEqual({ ok: true, value: { trainer: input, version: 1 } });
    expect((await trainers()).find((t) => t.id === 'F90')).toEqual(input);
    const again = await store.writes.recordTrainer(input, null, 'si2c:alice');
    expect(again.ok === false && again.errors[0]).toMatchObject({ field: 'trainer.id', code: 'duplicate' });

    const changed = await store.writes.recordTrainer({ ...input, trackIds: ['SG', 'AC'] }, 1, 'si2c:bob');
    expect(changed.ok && changed.value.version).toBe(2);
    const stale = await store.writes.recordTrainer({ ...input, name: 'Autre' }, 1, 'si2c:carol');
    expect(stale.ok === false && stale.errors[0]).toMatchObject({ field: 'version', code: 'conflict' });
    expect(stale.ok === false && stale.errors[0]?.message).toContain('it is at version 2');
    // Saying the same again writes nothing and keeps the version.
    const same = await store.writes.recordTrainer({ ...input, trackIds: ['SG', 'AC'] }, 2, 'si2c:bob');
    expect(same.ok && same.value.version).toBe(2);
    expect(await audits('trainer-record')).toBe(1);
    expect(await audits('trainer-change')).toBe(1);

    const bad = await store.writes.recordTrainer(
      { ...input, id: 'F91', fromWave: 'V42', trackIds: ['ORD', 'X'] },
      null,
      't',
    );
    expect(bad.ok === false && bad.errors.map((e) => [e.field, e.code])).toEqual([
      ['trainer.fromWave', 'unknown_reference'],
      ['trainer.trackIds[0]', 'rule_violation'],
      ['trainer.trackIds[1]', 'unknown_reference'],
    ]);
    const missing = await store.writes.recordTrainer({ ...input, id: 'F92' }, 3, 't');
    expect(missing.ok === false && missing.errors[0]?.code).toBe('not_found');
  });

  it('imports trainers all or nothing, naming line, column and reason, and changes nothing the second time', async () => {
    const bad = file(
      'bad.csv',
      "identifiant;nom;vague d'origine;parcours;indisponibilités\nF95;Formateur 95;V2;SG, AC;\nF96;;sept;Compta;V7\nF95;Formateur 95 bis;V1;Service gestion;V42\n",
    );
    const refused = await store.importFile('trainers', await readImport('trainers', bad), 't');
    expect(refused.ok === false && refused.errors).toEqual([
      { line: 3, field: 'nom', reason: 'expected a name (invented, or a role), got an empty cell' },
      { line: 3, field: "vague d'origine", reason: 'expected a wave such as V2 or 2, got "sept"' },
      { line: 4, field: 'identifiant', reason: 'F95 appears more than once in the file' },
    ]);
    const unknown = file(
      'unknown.csv',
      "identifiant;nom;vague d'origine;parcours;indisponibilités\nF95;Formateur 95;V2;SG, Compta;V42\n",
    );
    const refusedToo = await store.importFile('trainers', await readImport('trainers', unknown), 't');
    expect(refusedToo.ok === false && refusedToo.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'parcours'],
      [2, 'indisponibilités'],
    ]);
    expect((await trainers()).some((t) => t.id === 'F95')).toBe(false);

    const good = file(
      'good.csv',
      "Identifiant;Nom;Vague d'origine;Parcours;Indisponibilités\nF95;Formateur 95;2;Service gestion, AC;V7\nF01;Formateur 01;V1;SG;\n",
    );
    const imported = await store.importFile('trainers', await readImport('trainers', good), 'si2c:t');
    expect(imported.ok && imported.value).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    const all = await trainers();
    expect(all.find((t) => t.id === 'F95')).toEqual({
      id: 'F95',
      name: 'Formateur 95',
      fromWave: 'V2',
      trackIds: ['SG', 'AC'],
      unavailableWaves: ['V7'],
    });
    expect(all.find((t) => t.id === 'F01')?.trackIds).toEqual(['SG']);
    const twice = await store.importFile('trainers', await readImport('trainers', good), 'si2c:t');
    expect(twice.ok && twice.value.alreadyImported).toBe(true);
  });

  it('exports the trainers as CSV and XLSX that import back unchanged', async () => {
    const training = (await store.loadDataset()).training;
    const [table] = recordTables({ training, resources: [] }, 'trainers');
    expect(table?.header).toEqual(['Identifiant', 'Nom', "Vague d'origine", 'Parcours', 'Indisponibilités']);
    expect(table?.rows.find((r) => r[0] === 'F95')).toEqual(['F95', 'Formateur 95', 'V2', 'SG, AC', 'V7']);
    expect(table?.rows.find((r) => r[0] === 'F02')).toEqual([
      'F02',
      'Formateur 02',
      'V1',
      GROUPED.join(', '),
      '',
    ]);
    const n = training.trainers.length;
    const csv = file('export.csv', toCsv(recordTables({ training, resources: [] }, 'trainers')));
    const fromCsv = await store.importFile('trainers', await readImport('trainers', csv), 't');
    expect(fromCsv.ok && fromCsv.value).toMatchObject({ inserted: 0, updated: 0, unchanged: n });
    const xlsx = join(dir, 'export.xlsx');
    writeFileSync(
      xlsx,
      await toXlsx(recordTables({ training, resources: [] }, 'trainers'), {
        asOf: '2024-01-22',
        academie: 'Amiens',
      }),
    );
    const fromXlsx = await store.importFile(
      'trainers',
      await readImport('trainers', xlsx, { sheet: 'Formateurs' }),
      't',
    );
    expect(fromXlsx.ok && fromXlsx.value).toMatchObject({ inserted: 0, updated: 0, unchanged: n });
  });

  it('plans a wave with the trainers who may lead each group and records the groups lacking a pair', async () => {
    // Every trainer but two says they cannot train V7; of these two, F04 leads SG only.
    for (const t of await trainers()) {
      const [stored] = await readTrainers(store.db, [t.id]);
      const change =
        t.id === 'F03'
          ? { trackIds: GROUPED, unavailableWaves: [] }
          : t.id === 'F04'
            ? { trackIds: ['SG'], unavailableWaves: [] }
            : { unavailableWaves: ['V7'] };
      const result = await store.writes.recordTrainer({ ...t, ...change }, stored?.version ?? 0, 't');
      expect(result.ok).toBe(true);
    }
    const staff = [
      { trackId: 'SG', count: 38 },
      { trackId: 'AC', count: 8 },
    ];
    const planned = await store.writes.planTraining(
      { waveId: 'V7', staff, plannedOn: '2024-04-22' },
      'si2c:t',
    );
    expect(planned.ok && planned.value.plan.gaps).toEqual([
      { groupId: 'V7-AC-1', trackId: 'AC', missing: 1 },
      { groupId: 'V7-SG-1', trackId: 'SG', missing: 1 },
      { groupId: 'V7-SG-2', trackId: 'SG', missing: 2 },
    ]);
    const v7 = (await store.loadDataset()).training.groups.filter((g) => g.waveId === 'V7');
    expect(v7.map((g) => [g.id, g.trainerIds])).toEqual(
      planned.ok ? planned.value.plan.groups.map((g) => [g.id, g.trainerIds]) : [],
    );
    expect(v7.map((g) => g.trainerIds)).toEqual([['F03'], ['F04'], []]);
    // V6's groups, planned before, keep their pairs.
    const v6 = (await store.loadDataset()).training.groups.filter((g) => g.waveId === 'V6');
    expect(v6.every((g) => g.trainerIds.length === 2)).toBe(true);
  });
});
