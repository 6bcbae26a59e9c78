import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from './testing.js';

const cli = join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'cli', 'main.js');

function opale(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the opale command', () => {
  const databases: { url: string; drop: () => Promise<void> }[] = [];
  beforeAll(async () => {
    for (const engine of ENGINES) databases.push(await freshDatabase(engine));
  });
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it('gives the same report JSON on every engine, with the committee figures', () => {
    const outputs = databases.map((db) => {
      expect(opale('--database', db.url, 'seed', 'demo').code).toBe(0);
      const r = opale('--database', db.url, 'report', '--as-of', '2024-01-22', '--format', 'json');
      expect(r.code).toBe(0);
      return r.stdout;
    });
    for (const out of outputs) expect(out).toBe(outputs[0]);
    const report = JSON.parse(outputs[0] as string);
    const v6 = report.waves.find((w: { id: string }) => w.id === 'V6');
    expect(v6.budget.rate).toEqual({ numerator: 50, denominator: 61, percent: 81.96 });
    expect(v6.kit.buckets).toEqual({ below10: 16, from10To30: 30, above30: 15 });
    expect(report.tickets.inProgressOverThreshold).toEqual({ total: 28, national: 2, si2c: 0, drasi: 26 });
  });

  it('exports the ticket table as CSV', () => {
    const r = opale('--database', databases[0]?.url ?? '', 'export', 'tickets', '--as-of', '2024-01-22');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tous statuts;324;48;65;211');
  });

  it.each([
    [['report', '--as-of', '22/01/2024'], 2, 'asOf: expected a calendar date'],
    [['import', 'teachers', 'x.csv'], 2, 'expected one of annuaire'],
    [['export', 'tickets', '--format', 'pdf'], 2, 'expected csv or xlsx'],
    [['seed', 'demo'], 2, 'already holds records'],
    [['restore', 'backup.sqlite'], 2, 'with --yes'],
    [['frobnicate'], 2, 'unknown command'],
  ])('fails plainly on %j', (args, code, message) => {
    const r = opale('--database', databases[0]?.url ?? '', ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('    at ');
  });

  it.each([
    [[]],
    [['db']],
    [['db', 'check']],
    [['seed', 'national']],
    [['import']],
    [['sync', 'itop']],
    [['export']],
    [['report']],
    [['backup']],
    [['restore']],
  ])('has --help for %j', (args) => {
    const r = opale(...args, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: opale');
  });
});
