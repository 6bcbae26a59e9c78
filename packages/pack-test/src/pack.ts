import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from './run.js';

const require = createRequire(import.meta.url);

/** The folder of the domain package in the workspace, found the way Node finds it (dist/index.js). */
export const domainDir = dirname(dirname(require.resolve('@opale/domain')));

export interface Packed {
  readonly tarball: string;
  readonly files: readonly string[];
  readonly size: number;
}

/** Packs the domain as `npm publish` would, into `dest`: the tarball and the paths it holds. */
export function packDomain(dest: string): Packed {
  const out = run('npm', ['pack', '--json', '--pack-destination', dest], domainDir);
  // npm prints the JSON last; lifecycle scripts, if any were added, would print before it.
  const [packed] = JSON.parse(out.slice(out.indexOf('['))) as {
    filename: string;
    size: number;
    files: { path: string }[];
  }[];
  if (!packed) throw new Error(`npm pack printed no package:\n${out}`);
  return { tarball: join(dest, packed.filename), files: packed.files.map((f) => f.path), size: packed.size };
}

/**
 * Installs a tarball in a new empty folder under the system's temporary folder, outside the
 * workspace, as a project of its own would: offline, since the domain depends on nothing.
 */
export function installInEmptyFolder(tarball: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'opale-domain-consumer-'));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], dir);
  return dir;
}

/** What an installed package's folder holds, as paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** The paths that the source maps under `dir` point to and that are not there. */
export function missingMapSources(dir: string): string[] {
  const files = new Set(listFiles(dir));
  return [...files]
    .filter((f) => f.endsWith('.map'))
    .flatMap((map) => {
      const { sources } = JSON.parse(readFileSync(join(dir, map), 'utf8')) as { sources: string[] };
      return sources
        .map((source) => new URL(source, `file:///${map}`).pathname.slice(1))
        .filter((target) => !files.has(target))
        .map((target) => `${map} → ${target}`);
    });
}

/** The workspace's TypeScript compiler, run by the Node.js running this test. */
export function tsc(args: readonly string[], cwd: string): string {
  const bin = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  return run(process.execPath, [bin, ...args], cwd);
}

/** The folder holding `@types/node`, for a consumer that compiles against Node's types. */
export const nodeTypeRoot = dirname(dirname(require.resolve('@types/node/package.json')));
