import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { committeeReport } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opale, opaleWith } from './cli/run.fixture.js';
import { seedDemo } from './seed.fixture.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const budgets = fileURLToPath(new URL('../fixtures/budgets.csv', import.meta.url));
const milestones = fileURLToPath(new URL('../fixtures/milestones.csv', import.meta.url));

describe('the opale command', () => {
  const databases: { url: string; drop: () => Promise<void> }[] = [];
  beforeAll(async () => {
    for (const engine of ENGINES) databases.push(await freshDatabase(engine));
  });
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it('gives the same report JSON on every engine, with the committee figures', async () => {
    const outputs: string[] = [];
    for (const db of databases) {
      await seedDemo(db.url);
      const r = await opale('--database', db.url, 'report', '--as-of', '2024-01-22', '--format', 'json');
      expect(r.code).toBe(0);
      outputs.push(r.stdout);
    }
    for (const out of outputs) expect(out).toBe(outputs[0]);
    const report = JSON.parse(outputs[0] as string);
    const v6 = report.waves.find((w: { id: string }) => w.id === 'V6');
    expect(v6.budget.rate).toEqual({ numerator: 50, denominator: 61, percent: 81.96 });
    expect(v6.kit.buckets).toEqual({ below10: 16, from10To30: 30, above30: 15 });
    expect(report.tickets.inProgressOverThreshold).toEqual({ total: 28, national: 2, si2c: 0, drasi: 26 });
  });

  it("narrows the wave figures only with --wave: the report is the domain's over every record", async () => {
    const url = databases[0]?.url ?? '';
    const args = ['report', '--wave', 'V6', '--as-of', '2024-01-22', '--format', 'json'];
    const r = await opale('--database', url, ...args);
    expect(r.code).toBe(0);
    const store = await Store.open(url);
    const expected = committeeReport(await store.loadDataset(), { asOf: '2024-01-22', waves: ['V6'] });
    await store.close();
    expect(expected.ok).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected.ok && expected.value)));
    expect(JSON.parse(r.stdout).waves.map((w: { id: string }) => w.id)).toEqual(['V6']);
    expect(JSON.parse(r.stdout).tickets.all.total).toBe(324);
  });

  it('exports the ticket table as CSV', async () => {
    const r = await opale(
      '--database',
      databases[0]?.url ?? '',
      'export',
      'tickets',
      '--as-of',
      '2024-01-22',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tous statuts;324;48;65;211');
  });

  it('exports the trainers in the columns of their import', async () => {
    const r = await opale('--database', databases[0]?.url ?? '', 'export', 'trainers');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe("Identifiant;Nom;Vague d'origine;Parcours;Indisponibilités");
    // A header, then one line a volunteer of the demo.
    expect(lines).toHaveLength(1 + academieDemo.training.trainers.length);
  });

  it('imports the alerts of the restitutions and exports them as of a day', async () => {
    const url = databases[0]?.url ?? '';
    const store = await Store.open(url);
    const school = (await store.loadDataset()).eple.find((e) => e.waveId === 'V6')?.uai;
    await store.close();
    const file = join(mkdtempSync(join(tmpdir(), 'opale-cli-')), 'restitutions.csv');
    writeFileSync(
      file,
      `uai;restitution;gravite;message;relevee_le;levee_le\n${school};Inventaire;Critique;Biens non repris;2024-01-20;\n`,
    );
    const imported = await opale('--database', url, 'import', 'restitutions', file);
    expect(imported.code).toBe(0);
    const before = await opale('--database', url, 'export', 'restitutions', '--as-of', '2024-01-19');
    expect(before.stdout).not.toContain('Biens non repris');
    const after = await opale('--database', url, 'export', 'restitutions', '--as-of', '2024-01-22');
    expect(after.stdout).toContain(`${school};`);
    expect(after.stdout).toContain('Inventaire;Critique;Biens non repris;20/01/2024;;Active');
  });

  it.each([
    [['report', '--as-of', '22/01/2024'], 2, 'asOf: expected a calendar date'],
    [['import', 'teachers', 'x.csv'], 2, 'expected one of annuaire'],
    [['export', 'tickets', '--format', 'pdf'], 2, 'expected csv or xlsx'],
    [['restore', 'backup.sqlite'], 2, 'with --yes'],
    [['frobnicate'], 2, 'unknown command'],
  ])('fails plainly on %j', async (args, code, message) => {
    const r = await opale('--database', databases[0]?.url ?? '', ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('    at ');
  });

  it.each([
    [[]],
    [['db']],
    [['db', 'check']],
    [['import']],
    [['sync', 'itop']],
    [['export']],
    [['report']],
    [['backup']],
    [['restore']],
  ])('has --help for %j', async (args) => {
    const r = await opale(...args, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: opale');
  });

  it.each([
    [
      { OPALE_IMPORT_MAX_ROWS: 'many' },
      2,
      'OPALE_IMPORT_MAX_ROWS: expected a whole number of rows greater than 0',
    ],
    [
      { OPALE_IMPORT_MAX_BYTES: '10' },
      1,
      'rejected, nothing was written (1 problems):\n  line 0, OPALE_IMPORT_MAX_BYTES: the file is 79 bytes, over the limit of 10 bytes set by OPALE_IMPORT_MAX_BYTES',
    ],
  ])('refuses an import under %j', async (env, code, message) => {
    const r = await opaleWith(env, '--database', databases[0]?.url ?? '', 'import', 'budgets', budgets);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  it('names the import limits and their defaults in its help', async () => {
    expect((await opale('import', '--help')).stdout).toContain(
      '  OPALE_IMPORT_MAX_INFLATED_BYTES: the bytes an XLSX workbook inflates to, 268,435,456 bytes (256 MiB) by default\n',
    );
  });

  it('imports a wave calendar and exports the calendars as of a day', async () => {
    const url = databases[0]?.url ?? '';
    await seedDemo(url);
    const imported = await opale('--database', url, 'import', 'milestones', milestones);
    expect(imported.stderr).not.toContain('rejected');
    expect(imported.code).toBe(0);
    expect(imported.stderr + imported.stdout).toMatch(/milestones .*milestones\.csv: 5 rows read/);
    const r = await opale('--database', url, 'export', 'milestones', '--as-of', '2024-01-22');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Vague;Type;Libellé;Échéance;Réalisé le;Identifiant;État;Jours de retard');
    expect(r.stdout).toContain(
      'V7;Autre;Retour des fiches de recensement des personnels à former;12/01/2024;;V7-4;en retard;10',
    );
  });
});

/** Adds an event of a ticket that does not exist, as a damaged database may hold. */
async function orphanEvent(url: string, engine: 'sqlite' | 'postgres'): Promise<void> {
  const store = await Store.open(url);
  await store.db.connection().execute(async (db) => {
    // The check must find what the engine's own references would have refused.
    if (engine === 'sqlite') await sql`pragma foreign_keys = off`.execute(db);
    else await sql`set session_replication_role = replica`.execute(db);
    const event = await db.selectFrom('ticket_events').selectAll().limit(1).executeTakeFirstOrThrow();
    await db
      .insertInto('ticket_events')
      .values({ ...event, ticket_ref: 'R-404404' })
      .execute();
  });
  await store.close();
}

describe.each(ENGINES)('opale db check on %s', (engine) => {
  it('says the check passed, or lists the problems and ends with exit code 1', async () => {
    const db = await freshDatabase(engine);
    await seedDemo(db.url);
    const passed = await opale('--database', db.url, 'db', 'check');
    expect(passed.code).toBe(0);
    expect(passed.stderr).toMatch(/^(SQLite|PostgreSQL) .*: integrity check passed\n$/);
    await orphanEvent(db.url, engine);
    const failed = await opale('--database', db.url, 'db', 'check');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('error: integrity check failed:\n');
    expect(failed.stderr).toContain('ticket event of a missing ticket R-404404');
    if (engine === 'sqlite') expect(failed.stderr).toContain('broken reference in ticket_events');
    await db.drop();
  });
});
