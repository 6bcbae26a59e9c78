import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { academieDemo } from '@opale/sample-data';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  domainDir,
  installInEmptyFolder,
  listFiles,
  missingMapSources,
  nodeTypeRoot,
  type Packed,
  packDomain,
  tsc,
} from './pack.js';
import { readmeWalkthrough } from './readme.js';
import { run } from './run.js';

// @opale/domain as a stranger gets it from npm: packed, installed in an empty folder outside the
// workspace, then used there with the workspace out of reach.

const consumerFiles = fileURLToPath(new URL('../consumer/', import.meta.url));
const readme = readFileSync(join(domainDir, 'README.md'), 'utf8');
const walkthrough = readmeWalkthrough(readme, "From your own records to the committee's report");
const row = (total: number, national: number, si2c: number, drasi: number) => ({
  total,
  national,
  si2c,
  drasi,
});

describe('@opale/domain, packed and installed outside the workspace', () => {
  const packDir = mkdtempSync(join(tmpdir(), 'opale-domain-pack-'));
  let packed: Packed;
  let project: string;
  let installed: string;

  afterAll(() => {
    rmSync(packDir, { recursive: true, force: true });
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('packs its licence, README, build and sources, and no test', () => {
    packed = packDomain(packDir);
    const files = new Set(packed.files);
    for (const f of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'src/index.ts',
    ])
      expect(files, f).toContain(f);
    expect(packed.files.filter((f) => /\.(test|fixture)\.|(^|\/)docs\//.test(f))).toEqual([]);
    // A build left over from a deleted source would ship a module nobody maintains.
    const orphans = packed.files
      .filter((f) => f.startsWith('dist/') && f.endsWith('.js'))
      .filter((f) => !files.has(f.replace(/^dist\/(.*)\.js$/, 'src/$1.ts')));
    expect(orphans).toEqual([]);
    console.log(
      `packed ${relative(packDir, packed.tarball)}: ${packed.files.length} files, ${packed.size} bytes`,
    );
  });

  it('installs offline in an empty folder, with nothing else', () => {
    project = installInEmptyFolder(packed.tarball);
    installed = join(project, 'node_modules', '@opale', 'domain');
    expect(relative(domainDir, project).startsWith('..')).toBe(true);
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['@opale']);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.license).toBe('EUPL-1.2');
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(
      /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/,
    );
    expect(missingMapSources(installed)).toEqual([]);
    const maps = listFiles(installed).filter((f) => f.endsWith('.map')).length;
    console.log(
      `installed ${manifest.name}@${manifest.version} in ${project}: ${maps} source maps, each source shipped`,
    );
  });

  it("computes the committee's figures of 22/01/2024 from the demo records, in an ESM script", () => {
    writeFileSync(join(project, 'records.json'), JSON.stringify(academieDemo));
    copyFileSync(join(consumerFiles, 'committee-figures.mjs'), join(project, 'committee-figures.mjs'));
    const figures = JSON.parse(run(process.execPath, ['committee-figures.mjs', 'records.json'], project));
    expect(fileURLToPath(figures.loadedFrom)).toBe(join(installed, 'dist', 'index.js'));
    expect(figures.asOf).toBe('2024-01-22');
    expect(figures.v6Budget).toEqual({ numerator: 50, denominator: 61, percent: 81.96 });
    expect(figures.v6Kit).toEqual({ below10: 16, from10To30: 30, above30: 15 });
    expect(figures.tickets).toEqual({
      from: '2023-09-01',
      all: row(324, 48, 65, 211),
      resolved: row(264, 36, 62, 166),
      inProgress: row(60, 12, 3, 45),
      inProgressOverThreshold: row(28, 2, 0, 26),
    });
    expect(figures.v5Counts).toEqual({ plannedCount: 5, attachedCount: 6, mismatch: true, difference: 1 });
    expect(figures.v6Training).toMatchObject({ groups: 10, pairs: 10, trainers: 20 });
    const { v6Budget: b, v6Kit: k, tickets: t } = figures;
    console.log(
      `node ${process.version}, from ${relative(project, fileURLToPath(figures.loadedFrom))}: V6 budgets ${b.numerator}/${b.denominator} = ${b.percent} %, ` +
        `kit ${k.above30}/${k.from10To30}/${k.below10}, tickets ${t.all.total}/${t.all.national}/${t.all.si2c}/${t.all.drasi}, ` +
        `over 15 days ${t.inProgressOverThreshold.total}, V5 ${figures.v5Counts.plannedCount} planned ${figures.v5Counts.attachedCount} attached`,
    );
  });

  it("type-checks that script and the README's walk-through against the packed types (tsc --noEmit)", () => {
    writeFileSync(join(project, 'readme-example.ts'), walkthrough.code);
    copyFileSync(join(consumerFiles, 'tsconfig.json'), join(project, 'tsconfig.json'));
    tsc(['-p', '.', '--noEmit', '--typeRoots', nodeTypeRoot], project);
    console.log(
      `tsc ${ts.version} --noEmit: committee-figures.mjs and readme-example.ts, strict, against dist/*.d.ts`,
    );
  });

  it('runs the walk-through, which prints what the README shows', () => {
    const js = ts.transpileModule(walkthrough.code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(project, 'readme-example.js'), js);
    const printed = run(process.execPath, ['readme-example.js'], project);
    expect(printed).toBe(walkthrough.output);
    console.log(`the README's walk-through printed its ${walkthrough.output.split('\n').length - 1} lines`);
  });
});
