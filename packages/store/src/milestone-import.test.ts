import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { committeeReport } from '@opale/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from './export/csv.js';
import { reportTables } from './export/report-tables.js';
import { readImport } from './import-file.js';
import { lateOn, milestoneEvents } from './milestone.fixture.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe.each(ENGINES)('the milestones import on %s', (engine) => {
  let store: Store;
  let drop: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), 'opale-milestones-'));
  const importFile = async (file: string) =>
    store.importFile('milestones', await readImport('milestones', file), 'test:import');
  const events = () => milestoneEvents(store);
  const late = (day: string) => lateOn(store, day);

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
    const waves = await store.importFile('waves', await readImport('waves', fixture('waves.csv')), 'test');
    expect(waves.ok).toBe(true);
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  it('adds the milestones of a calendar and its changes, each from the day it was decided', async () => {
    const result = await importFile(fixture('milestones.csv'));
    expect(result.ok ? result.value : result.errors).toMatchObject({ inserted: 4, updated: 1, unchanged: 0 });
    const v6 = (await store.loadDataset()).waves.find((w) => w.id === 'V6');
    expect(v6?.milestones.map((m) => [m.id, m.kind, m.doneOn ?? null, m.version])).toEqual([
      ['V6-1', 'eple-informed', '2023-06-02', 1],
      ['V6-2', 'eple-created', '2023-10-11', 2],
      ['V6-3', 'first-training', null, 1],
    ]);
    // Before the 20/10 change was decided, the creation of the EPLE was late; after, it is done (late).
    expect(await late('2023-04-30')).toEqual([]);
    expect(await late('2023-10-15')).toEqual(['V6-2+9']);
    expect(await late('2023-10-20')).toEqual([]);
    expect(await late('2023-11-10')).toEqual(['V6-3+1', 'V7-1+3']);
  });

  it('changes nothing with the same file again, or the same rows in another file', async () => {
    const before = await events();
    const again = await importFile(fixture('milestones.csv'));
    expect(again.ok && again.value.alreadyImported).toBe(true);
    const copy = join(dir, 'milestones-crlf.csv');
    writeFileSync(copy, readFileSync(fixture('milestones.csv'), 'utf8').replace(/\n/g, '\r\n'));
    const same = await importFile(copy);
    expect(same.ok && same.value).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
    expect(await events()).toBe(before);
  });

  it('rejects a file with bad rows whole, naming the line, column and reason of each', async () => {
    const before = await events();
    const badCells = await importFile(fixture('milestones-bad.csv'));
    expect(badCells.ok ? [] : badCells.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'type'],
      [4, 'libelle'],
      [4, 'echeance'],
    ]);
    // Well-formed rows that contradict the records: an unknown wave or milestone, done after decided.
    const unknown = await importFile(fixture('milestones-unknown.csv'));
    expect(unknown.ok ? [] : unknown.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'vague'],
      [3, 'realise_le'],
      [4, 'identifiant'],
    ]);
    expect(unknown.ok ? '' : unknown.errors[0]?.reason).toMatch(/^expected one of V1, V2, .*, got "V42"$/);
    expect(await events()).toBe(before);
  });

  it('reads a calendar from XLSX, and takes back its own export unchanged', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Calendrier');
    sheet.addRow(['Vague', 'Type', 'Libellé', 'Échéance', 'Réalisé le', 'Décidé le']);
    sheet.addRow([
      'V8',
      'Relance',
      'Relance des EPLE',
      new Date(Date.UTC(2024, 9, 1)),
      null,
      new Date(Date.UTC(2024, 0, 2)),
    ]);
    const xlsx = join(dir, 'milestones.xlsx');
    writeFileSync(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await importFile(xlsx);
    expect(result.ok ? result.value : result.errors).toMatchObject({ inserted: 1 });
    const dataset = await store.loadDataset();
    const report = committeeReport(dataset, { asOf: '2024-02-01' });
    if (!report.ok) throw new Error('no report');
    const [table] = reportTables(report.value, 'milestones', dataset);
    expect(table?.rows.find((r) => r[5] === 'V8-1')).toEqual([
      'V8',
      'Relance',
      'Relance des EPLE',
      '01/10/2024',
      null,
      'V8-1',
      'à venir',
      0,
    ]);
    const exported = join(dir, 'export.csv');
    writeFileSync(exported, toCsv(table ? [table] : []));
    const back = await importFile(exported);
    expect(back.ok && back.value).toMatchObject({ inserted: 0, updated: 0, unchanged: table?.rows.length });
  });
});
