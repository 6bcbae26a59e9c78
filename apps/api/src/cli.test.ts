import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifierFrom } from './auth.js';

// The `opale` command as users run it: the built dist/cli.js, owned by this package.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'opale-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opale = (...args: string[]) => {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, OPALE_JWT_SECRET: '' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
};

describe('the opale command', () => {
  it('lists the store’s commands and the demo set-up’s own', () => {
    const help = opale('--help').out;
    for (const command of ['import', 'export', 'report', 'db', 'backup', 'restore', 'sync', 'seed', 'token'])
      expect(help).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(opale('seed', 'national', '--help').out).toMatch(/--scale/);
  });

  it('seeds the demo records into an empty database only, unless forced', () => {
    const database = join(dir, 'seeded.sqlite');
    const first = opale('--database', database, 'seed', 'demo');
    expect(first.code).toBe(0);
    expect(first.out + first.err).toMatch(/EPLE, \d+ tickets/);
    const again = opale('--database', database, 'seed', 'demo');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already holds records: add --force/);
    expect(opale('--database', database, 'seed', 'demo', '--force').code).toBe(0);
  });

  it('prints a demo token that the server’s verifier accepts, and names a wrong role', async () => {
    const token = opale('token', '--role', 'eple', '--uai', '0801234G').out.trim();
    const secret = readFileSync(join(dir, 'data', 'jwt-secret'), 'utf8').trim();
    expect(await verifierFrom({ secret })(token)).toEqual(
      expect.objectContaining({ role: 'eple', uais: ['0801234G'] }),
    );
    const wrong = opale('token', '--role', 'root');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/--role: expected one of admin, si2c, drasi, committee, eple, got root/);
  });
});
