import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resourcesAsOf } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, restore } from './backup.js';
import { openSqlite } from './connect.js';
import { toCsv } from './export/csv.js';
import { resourcesTable } from './export/resources-table.js';
import { toXlsx } from './export/xlsx.js';
import { readImport } from './import-file.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const fixture = fileURLToPath(new URL('../fixtures/resources.csv', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'opale-resources-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** The day the admin works on: the tutoring starts after it. */
const TODAY = '2023-12-01';
const HEADER = 'id;titre;type;description;url;mail;prefixe_itop;public;ordre;actif_du;retire_le';
const tutorat = {
  id: 'tutorat',
  title: 'Tutorat op@le',
  kind: 'tutoring',
  description: 'Des tuteurs pour les EPLE de la vague 6.',
  audience: ['eple'],
  position: 0,
  activeFrom: '2023-12-18',
};

describe.each(ENGINES)('support resources on %s', (engine) => {
  let store: Store;
  let other: Store;
  let drop: () => Promise<void>;
  const ids = async () => (await store.loadDataset()).resources.map((x) => x.id).sort();
  const audited = async (action: string) =>
    (await store.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute()).map(
      (l) => `${l.actor} ${l.entity_id}`,
    );

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
    other = await Store.open(db.url);
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
    await drop?.();
  });

  it("seeds the académie's resources with the demo records, and reads them back as they were", async () => {
    await store.replaceDataset(academieDemo, 'seed');
    const { resources } = await store.loadDataset();
    expect([...resources].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...academieDemo.resources].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    // A wave's records carry the académie's resources too.
    expect((await store.loadDataset({ waveIds: ['V6'] })).resources).toHaveLength(resources.length);
  });

  it('adds a resource once, changes it on its version, refuses a stale one, and audits each', async () => {
    await store.replaceDataset({ ...academieDemo, resources: [] }, 'seed');
    const added = await store.resources.record(tutorat, undefined, 'admin:alice', TODAY);
    expect(added).toEqual({ ok: true, value: { resource: tutorat, version: 1 } });
    const again = await store.resources.record(tutorat, undefined, 'admin:alice', TODAY);
    expect(again.ok ? [] : again.errors.map((e) => [e.field, e.code])).toEqual([
      ['resource.id', 'duplicate'],
    ]);

    const changed = { ...tutorat, mail: 'si2c-opale@ac-lille.fr' };
    expect(await other.resources.record(changed, 1, 'admin:bob', TODAY)).toMatchObject({
      ok: true,
      value: { version: 2 },
    });
    const stale = await store.resources.record({ ...tutorat, title: 'Tutorat' }, 1, 'admin:alice', TODAY);
    expect(stale.ok ? [] : stale.errors.map((e) => [e.field, e.code])).toEqual([['version', 'conflict']]);
    expect(stale.ok ? '' : stale.errors[0]?.message).toContain('at version 2');
    const [stored] = (await store.loadDataset()).resources;
    expect(stored?.mail).toBe('si2c-opale@ac-lille.fr');

    const bad = await store.resources.record({ ...tutorat, url: 'http://x.fr' }, 2, 'admin:alice', TODAY);
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['resource.url']);
    const missing = await store.resources.record({ ...tutorat, id: 'ailleurs' }, 1, 'admin:alice', TODAY);
    expect(missing.ok ? [] : missing.errors.map((e) => [e.field, e.code])).toEqual([['id', 'not_found']]);

    const past = await store.resources.record(
      { ...tutorat, id: 'ancienne', activeFrom: '2023-11-30' },
      undefined,
      'admin:alice',
      TODAY,
    );
    expect(past.ok ? [] : past.errors.map((e) => [e.field, e.code])).toEqual([
      ['resource.activeFrom', 'out_of_range'],
    ]);

    expect(await audited('resource-create')).toEqual(['admin:alice tutorat']);
    expect(await audited('resource-change')).toEqual(['admin:bob tutorat']);
  });

  it('retires a resource from a day on: the days before keep it', async () => {
    const before = resourcesAsOf((await store.loadDataset()).resources, '2024-01-22');
    const early = await store.resources.retire('tutorat', '2023-12-01', 2, 'admin:alice', TODAY);
    expect(early.ok ? [] : early.errors.map((e) => e.field)).toEqual(['resource.activeUntil']);
    const retired = await store.resources.retire('tutorat', '2024-06-01', 2, 'admin:alice', TODAY);
    expect(retired).toMatchObject({
      ok: true,
      value: { version: 3, resource: { activeUntil: '2024-06-01' } },
    });
    const { resources } = await store.loadDataset();
    expect(resourcesAsOf(resources, '2024-01-22')).toEqual(
      before.map((x) => ({ ...x, activeUntil: '2024-06-01' })),
    );
    expect(resourcesAsOf(resources, '2024-06-01')).toEqual([]);
    const stale = await store.resources.retire('tutorat', '2024-06-01', 2, 'admin:alice', TODAY);
    expect(stale.ok ? [] : stale.errors.map((e) => e.code)).toEqual(['conflict']);
    // Once 15/05/2024 has come, moving the retirement before it would change that day's list.
    const late = await store.resources.retire('tutorat', '2024-05-01', 3, 'admin:alice', '2024-05-15');
    expect(late.ok ? [] : late.errors.map((e) => [e.field, e.code])).toEqual([
      ['resource.activeUntil', 'out_of_range'],
    ]);
    expect(await audited('resource-retire')).toEqual(['admin:alice tutorat']);
  });

  it('imports a file all at once, and the same file again changes nothing', async () => {
    const first = await store.importFile('resources', await readImport('resources', fixture), 'admin');
    expect(first).toMatchObject({ ok: true, value: { inserted: 3, updated: 0, alreadyImported: false } });
    expect(await ids()).toEqual(['expert-budgetaire', 'tchap-hdf', 'tribu-mf2', 'tutorat']);
    const { resources } = await store.loadDataset();
    expect(resources.find((x) => x.id === 'tribu-mf2')).toMatchObject({
      kind: 'community',
      audience: ['si2c', 'drasi', 'eple'],
      activeFrom: '2021-01-01',
    });
    expect(resources.find((x) => x.id === 'expert-budgetaire')).toMatchObject({
      kind: 'expert',
      itopPrefix: 'SI2C',
    });
    const again = await store.importFile('resources', await readImport('resources', fixture), 'admin');
    expect(again).toMatchObject({ ok: true, value: { alreadyImported: true, inserted: 0, updated: 0 } });
  });

  it('exports every resource as CSV and XLSX that import back to the same records', async () => {
    const before = await store.resources.list();
    const table = resourcesTable(before.map((x) => x.resource));
    const csv = await store.importFile(
      'resources',
      await readImport('resources', file('export.csv', toCsv([table]))),
      'admin',
    );
    expect(csv).toMatchObject({ ok: true, value: { inserted: 0, updated: 0, unchanged: before.length } });
    const workbook = await toXlsx([table], { asOf: '2024-01-22', academie: 'Amiens' });
    const xlsx = await store.importFile(
      'resources',
      await readImport('resources', file('export.xlsx', workbook), { sheet: 'Ressources' }),
      'admin',
    );
    expect(xlsx).toMatchObject({ ok: true, value: { inserted: 0, updated: 0, unchanged: before.length } });
    expect(await store.resources.list()).toEqual(before);
  });

  it('changes a known resource from a file, raising its version', async () => {
    const path = file(
      'change.csv',
      `${HEADER}\ntutorat;Tutorat op@le;tutorat;Des tuteurs pour les EPLE.;;;;eple;1;2023-12-18;2024-06-01\n`,
    );
    const result = await store.importFile('resources', await readImport('resources', path), 'admin');
    expect(result).toMatchObject({ ok: true, value: { inserted: 0, updated: 1 } });
    const tutoring = (await store.resources.list()).find((x) => x.resource.id === 'tutorat');
    expect(tutoring).toMatchObject({
      version: 4,
      resource: { position: 1, description: 'Des tuteurs pour les EPLE.' },
    });
  });

  it('rejects a file with bad rows whole, naming the line, column and reason of each', async () => {
    const before = await store.resources.list();
    const path = file(
      'bad.csv',
      [
        HEADER,
        'nouveau;Nouveau;portail;Un portail.;https://portail.fr;;;eple;0;2024-01-01;',
        'tribu;Tribu;forum;Un espace.;http://tribu.fr;;;eple;0;2024-01-01;',
        'Mauvais Id;;espace;Un espace.;;si2c@ac-lille;DAF;eleves;x;2024-02-30;',
        'nouveau;Nouveau;portail;Un portail.;;;;eple;0;2024-01-01;2023-01-01',
      ].join('\n'),
    );
    const result = await store.importFile('resources', await readImport('resources', path), 'admin');
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'type'],
      [3, 'url'],
      [4, 'public'],
      [4, 'actif_du'],
      [4, 'id'],
      [4, 'titre'],
      [4, 'mail'],
      [4, 'prefixe_itop'],
      [4, 'ordre'],
      [5, 'id'],
      [5, 'retire_le'],
    ]);
    expect(result.ok ? '' : result.errors[1]?.reason).toContain('https://');
    expect(await store.resources.list()).toEqual(before);
  });

  it('restores a backup taken before the resources had a table: every other record, and none of them', async () => {
    await store.replaceDataset(academieDemo, 'seed');
    const path = join(mkdtempSync(join(tmpdir(), 'opale-old-backup-')), 'backup.sqlite');
    await backup(store, path);
    const old = openSqlite(path);
    try {
      old.prepare('drop table resources').run();
    } finally {
      old.close();
    }
    await restore(store, path);
    const dataset = await store.loadDataset();
    expect(dataset.eple).toHaveLength(academieDemo.eple.length);
    expect(dataset.resources).toEqual([]);
  });
});
