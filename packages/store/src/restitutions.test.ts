import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listRestitutionAlerts } from '@opale/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImport } from './import-file.js';
import type { ImportKind } from './imports.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';
import { revision } from './transact.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const scratch = () => mkdtempSync(join(tmpdir(), 'opale-restitutions-'));

describe.each(ENGINES)('restitution alerts on %s', (engine) => {
  let store: Store;
  let other: Store;
  let drop: () => Promise<void>;
  const importFile = async (kind: ImportKind, file: string) =>
    store.importFile(kind, await readImport(kind, file, { academie: '20' }), 'si2c:test');
  const active = async (asOf: string) =>
    listRestitutionAlerts((await store.loadDataset()).restitutions, [], asOf, { active: true }).map(
      (a) => a.id,
    );

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
    other = await Store.open(db.url);
    for (const kind of ['waves', 'annuaire', 'deployment'] as const) {
      const done = await importFile(kind, fixture(`${kind}.csv`));
      expect(done.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
    await drop?.();
  });

  it('imports the alerts of a file, French headers and days included, and audits it', async () => {
    const result = await importFile('restitutions', fixture('restitutions.csv'));
    expect(result.ok ? result.value : result.errors).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    const { restitutions } = await store.loadDataset();
    expect(restitutions).toContainEqual({
      uai: '0801234G',
      on: '2024-01-08',
      report: 'Balance générale',
      severity: 'critical',
      message: "Balance d'entrée non équilibrée",
    });
    expect(restitutions.find((a) => a.uai === '0021234F')?.clearedOn).toBe('2024-01-17');
    const log = await store.db
      .selectFrom('audit_log')
      .select('actor')
      .where('action', '=', 'import-restitutions')
      .execute();
    expect(log).toEqual([{ actor: 'si2c:test' }]);
  });

  it('changes nothing when the same file, or the same rows in other bytes, come again', async () => {
    const before = await revision(store.db);
    const again = await importFile('restitutions', fixture('restitutions.csv'));
    expect(again.ok && again.value.alreadyImported).toBe(true);
    const copy = join(scratch(), 'restitutions-crlf.csv');
    writeFileSync(copy, readFileSync(fixture('restitutions.csv'), 'utf8').replace(/\n/g, '\r\n'));
    const same = await importFile('restitutions', copy);
    expect(same.ok && same.value).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect((await store.loadDataset()).restitutions).toHaveLength(3);
    expect(await revision(store.db)).toBe(before + 1);
  });

  it('lets a later file clear alerts and change them, the figures of past days staying as they were', async () => {
    const on19 = await active('2024-01-19');
    expect(on19).toHaveLength(2);
    const result = await importFile('restitutions', fixture('restitutions-later.csv'));
    // The third row no longer says its alert was cleared: the clearing stays.
    expect(result.ok && result.value).toMatchObject({ inserted: 0, updated: 2, unchanged: 1 });
    expect(await active('2024-01-19')).toEqual(on19);
    expect(await active('2024-01-20')).toEqual(['0801234G/2024-01-15/Situation des crédits']);
    const changed = (await store.loadDataset()).restitutions.find(
      (a) => a.report === 'Situation des crédits',
    );
    expect(changed).toMatchObject({ severity: 'critical', message: 'Aucun crédit ouvert au 19/01' });
  });

  it('rejects a file with bad rows whole, naming the line, column and reason of each', async () => {
    const file = join(scratch(), 'bad.csv');
    writeFileSync(
      file,
      [
        'uai;restitution;gravite;message;relevee_le;levee_le',
        '0801234A;Balance générale;Critique;x;2024-01-08;',
        '0801234G;Balance générale;grave;x;2024-01-09;',
        '0801234G;Balance générale;Critique;x;2024-13-01;',
        '0801234G;Trésorerie;Critique;x;2024-01-10;',
        '0801234G;Trésorerie;Critique;x;2024-01-10;',
        '0600056K;Trésorerie;Critique;;2024-01-10;2024-01-09',
        '0800055A;Trésorerie;Critique;x;2024-01-10;',
        '0801234G;Balance générale;Critique;x;2024-01-08;2024-01-21',
        '0801801Y;Trésorerie;Critique;x;2024-01-10;',
      ].join('\n'),
    );
    const before = await revision(store.db);
    const parsed = await importFile('restitutions', file);
    expect(parsed.ok === false && parsed.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'uai'],
      [3, 'gravite'],
      [4, 'relevee_le'],
      [6, 'restitution'],
    ]);
    expect(parsed.ok === false && parsed.errors[1]?.reason).toBe(
      'expected Avertissement or Critique, got "grave"',
    );
    // Rows well formed that contradict the records are the second check: still nothing written.
    writeFileSync(
      file,
      [
        'uai;restitution;gravite;message;relevee_le;levee_le',
        '0600056K;Trésorerie;Critique;;2024-01-10;2024-01-09',
        '0800055A;Trésorerie;Critique;x;2024-01-10;',
        '0801234G;Balance générale;Critique;x;2024-01-08;2024-01-21',
        '0801801Y;Trésorerie;Critique;x;2024-01-10;',
      ].join('\n'),
    );
    const applied = await importFile('restitutions', file);
    expect(applied.ok === false && applied.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'message'],
      [2, 'levee_le'],
      [3, 'uai'],
      [4, 'levee_le'],
    ]);
    expect(applied.ok === false && applied.errors[3]?.reason).toMatch(/2024-01-20/);
    expect(await revision(store.db)).toBe(before);
  });

  it('reads the alerts from XLSX, days as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Alertes');
    sheet.addRow(['UAI', 'Restitution', 'Gravité', 'Message', 'Relevée le', 'Levée le']);
    sheet.addRow([
      '0801801Y',
      'Restes à recouvrer',
      'Avertissement',
      'Titres sans débiteur',
      new Date(Date.UTC(2024, 0, 9)),
    ]);
    const file = join(scratch(), 'restitutions.xlsx');
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await importFile('restitutions', file);
    expect(result.ok ? result.value : result.errors).toMatchObject({ inserted: 1 });
    expect((await store.loadDataset()).restitutions).toContainEqual(
      expect.objectContaining({ uai: '0801801Y', on: '2024-01-09', severity: 'warning' }),
    );
  });

  const alert = {
    uai: '0801801y',
    report: 'Situation de trésorerie',
    severity: 'critical',
    message: 'Trésorerie négative',
    on: '2024-01-12',
  };

  it('records an alert once, audited; another alert of the same identity is refused', async () => {
    expect(await store.restitutions.record(alert, 'si2c:alice')).toMatchObject({ ok: true });
    expect(await store.restitutions.record(alert, 'si2c:alice')).toMatchObject({ ok: true });
    const twice = await store.restitutions.record({ ...alert, message: 'autre' }, 'si2c:alice');
    expect(twice.ok === false && twice.errors.map((e) => [e.field, e.code])).toEqual([
      ['restitution.report', 'duplicate'],
    ]);
    // Two writers at once, each with its own message (write transactions queue behind the records'
    // revision): the first is written, the second is told it exists.
    const race = { ...alert, on: '2024-01-11' };
    const answers = await Promise.all([
      store.restitutions.record({ ...race, message: 'un' }, 'si2c:alice'),
      other.restitutions.record({ ...race, message: 'deux' }, 'admin:bob'),
    ]);
    const codes = answers.map((a) => (a.ok ? 'ok' : a.errors.map((e) => e.code).join()));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.find((c) => c !== 'ok')).toBe('duplicate');
    const bad = await store.restitutions.record(
      { ...alert, uai: '0800055A', severity: 'grave' },
      'si2c:alice',
    );
    expect(bad.ok === false && bad.errors.map((e) => e.field)).toEqual([
      'restitution.uai',
      'restitution.severity',
    ]);
    const log = await store.db
      .selectFrom('audit_log')
      .select(['actor', 'entity_id'])
      .where('action', '=', 'restitution-alert')
      .execute();
    expect(log.map((l) => l.entity_id)).toEqual(['0801801Y', '0801801Y']);
    expect(log[0]?.actor).toBe('si2c:alice');
  });

  it('clears an alert once: a second clearing, by anyone, is a conflict naming the day', async () => {
    const key = { uai: '0801801Y', report: alert.report, on: alert.on };
    const early = await store.restitutions.clear({ ...key, clearedOn: '2024-01-11' }, 'si2c:alice');
    expect(early.ok === false && early.errors.map((e) => [e.field, e.code])).toEqual([
      ['restitution.clearedOn', 'inconsistent'],
    ]);
    const unknown = await store.restitutions.clear(
      { ...key, on: '2024-01-13', clearedOn: '2024-01-14' },
      'x',
    );
    expect(unknown.ok === false && unknown.errors.map((e) => e.code)).toEqual(['not_found']);
    const [a, b] = await Promise.all([
      store.restitutions.clear({ ...key, clearedOn: '2024-01-18' }, 'si2c:alice'),
      other.restitutions.clear({ ...key, clearedOn: '2024-01-19' }, 'admin:bob'),
    ]);
    const answers = [a, b].map((r) => (r.ok ? 'ok' : r.errors.map((e) => e.code).join()));
    expect(answers.sort()).toEqual(['conflict', 'ok']);
    const stored = (await store.loadDataset()).restitutions.find((x) => x.report === alert.report);
    expect(stored?.clearedOn).toBe(a.ok ? '2024-01-18' : '2024-01-19');
    const log = await store.db
      .selectFrom('audit_log')
      .select('actor')
      .where('action', '=', 'restitution-clear')
      .execute();
    expect(log).toHaveLength(1);
  });
});
