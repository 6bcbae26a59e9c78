import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { committeeReport } from '@opale/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImport } from './import-file.js';
import type { ImportKind } from './imports.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';
import { revision } from './transact.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);

// The order a new académie follows: waves, directory, its own table, then the records.
const STEPS: [ImportKind, string][] = [
  ['waves', 'waves.csv'],
  ['annuaire', 'annuaire.csv'],
  ['deployment', 'deployment.csv'],
  ['kit-actions', 'kit-actions.csv'],
  ['kit-progress', 'kit-progress.csv'],
  ['budgets', 'budgets.csv'],
  ['itop', 'itop-userrequest.csv'],
];

describe.each(ENGINES)('imports on %s', (engine) => {
  let store: Store;
  let drop: () => Promise<void>;
  const importFixture = async (kind: ImportKind, name: string) =>
    store.importFile(kind, await readImport(kind, fixture(name), { academie: '20' }), 'test');

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  it('goes from the Annuaire and an iTop export to the committee report', async () => {
    for (const [kind, name] of STEPS) {
      const result = await importFixture(kind, name);
      expect(result.ok ? result.value : result.errors).toMatchObject({ kind, alreadyImported: false });
    }
    const dataset = await store.loadDataset();
    expect(dataset.eple.map((e) => e.uai)).toHaveLength(8);
    expect(dataset.eple.find((e) => e.uai === '0801700N')).toMatchObject({
      kind: 'lpo',
      departement: '80',
      waveId: 'V5',
      createdOn: '2023-06-09',
    });
    expect(dataset.eple.find((e) => e.uai === '0600056K')).toMatchObject({
      kind: 'lp',
      createdOn: '2023-01-01',
    });
    const report = committeeReport(dataset, { asOf: '2024-01-22' });
    expect(report.ok && report.value.tickets.all.total).toBe(18);
    expect(report.ok && report.value.waves.find((w) => w.id === 'V6')?.budget.executoire).toBe(2);
  });

  it('changes nothing when the same file comes again, or the same records in another file', async () => {
    const before = await revision(store.db);
    for (const [kind, name] of STEPS) {
      const again = await importFixture(kind, name);
      expect(again.ok && again.value.alreadyImported).toBe(true);
    }
    // Same rows, other bytes (CRLF line ends): the records say nothing new.
    const dir = mkdtempSync(join(tmpdir(), 'opale-import-'));
    const copy = join(dir, 'budgets-crlf.csv');
    writeFileSync(copy, readFileSync(fixture('budgets.csv'), 'utf8').replace(/\n/g, '\r\n'));
    const same = await store.importFile('budgets', await readImport('budgets', copy), 'test');
    expect(same.ok && same.value).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
      alreadyImported: false,
    });
    const tickets = await store.loadDataset();
    expect(tickets.tickets).toHaveLength(18);
    expect(await revision(store.db)).toBe(before + 1);
  });

  it.each([
    ['annuaire', 'annuaire-bad.csv', [2, 3, 4]],
    ['itop', 'itop-userrequest-bad.csv', [2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ] as [ImportKind, string, number[]][])(
    'rejects a %s file with bad rows whole, naming each line',
    async (kind, name, lines) => {
      const before = await revision(store.db);
      const result = await importFixture(kind, name);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([...new Set(result.errors.map((e) => e.line))]).toEqual(lines);
      expect(await revision(store.db)).toBe(before);
    },
  );

  it('rejects rows that contradict the stored records, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-import-'));
    const file = join(dir, 'kit.csv');
    writeFileSync(
      file,
      'uai;action;date_finalisation\n0801234G;CE-01;2024-01-10\n0801234G;ZZ-99;2024-01-10\n0021234F;CE-01;2020-01-01\n',
    );
    const before = await revision(store.db);
    const result = await store.importFile('kit-progress', await readImport('kit-progress', file), 'test');
    expect(result.ok === false && result.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'actionId'],
      [4, 'on'],
    ]);
    expect(await revision(store.db)).toBe(before);
    const deployment = join(dir, 'deployment.csv');
    writeFileSync(deployment, 'uai;agence_comptable;vague\n0801234G;0800010B;V42\n0801902H;0800010B;V6\n');
    const refused = await store.importFile('deployment', await readImport('deployment', deployment), 'test');
    expect(refused.ok === false && refused.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'vague'],
      [3, 'uai'],
    ]);
  });

  it('reads the académie table from XLSX, with a column mapping for the kit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-import-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Suivi');
    sheet.addRow(['Établissement', 'Action du kit', 'Finalisée le', 'État']);
    sheet.addRow(['0801234G', 'FP-01', new Date(Date.UTC(2024, 0, 15)), 'finalisée']);
    const file = join(dir, 'kit.xlsx');
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const input = await readImport('kit-progress', file, {
      mapping: { uai: 'Établissement', action: 'Action du kit', date: 'Finalisée le', status: 'État' },
    });
    expect(input.parsed.records).toEqual([
      { uai: '0801234G', actionId: 'FP-01', kind: 'finalized', on: '2024-01-15' },
    ]);
    const result = await store.importFile('kit-progress', input, 'test');
    expect(result.ok && result.value.inserted).toBe(1);
  });

  // Last: the records the tests above imported are there, and these come on top of them.
  it('records the requests received outside ITOP, counted on their own line, never in the ITOP table', async () => {
    const result = await importFixture('requests', 'requests.csv');
    expect(result.ok ? result.value : result.errors).toMatchObject({ kind: 'requests', inserted: 3 });
    const report = committeeReport(await store.loadDataset(), { asOf: '2024-01-22' });
    expect(report.ok && report.value.outsideItop).toMatchObject({
      total: 3,
      si2c: 2,
      drasi: 1,
      byChannel: { mail: 1, phone: 1, visio: 1 },
    });
    expect(report.ok && report.value.tickets.all.total).toBe(18);
    const mail = (await store.loadDataset()).tickets.find((t) => t.ref === 'MAIL-2023-002');
    expect(mail).toMatchObject({
      screenshots: 2,
      screenshotNames: ['capture-fm1-refus.png', 'capture-fm1-detail.png'],
    });
    expect((await importFixture('requests', 'requests.csv')).ok).toBe(true);
  });
});
