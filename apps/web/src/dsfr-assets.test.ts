import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DSFR_COMPONENTS_CASCADE_ORDER,
  detectDsfrComponentsFromClassNames,
  getReactDsfrImportedModuleIds,
  resolveModuleIdToDsfrComponents,
} from '@codegouvfr/react-dsfr/bin/only-include-used-components';
import { describe, expect, it } from 'vitest';

// src/dsfr.css and src/dsfr-script.ts list the DSFR components by hand; react-dsfr's own
// detection (the one its `only-include-used-components` command trims dsfr.min.css with) says
// which the sources use. A component used without its stylesheet renders unstyled; one listed
// and never used weighs on the first screen for nothing.
const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const dsfr = join(createRequire(import.meta.url).resolve('@codegouvfr/react-dsfr/package.json'), '../dsfr');
const read = (path: string) => readFileSync(join(web, path), 'utf8');
const imported = (file: string, pattern: RegExp) =>
  [...read(file).matchAll(pattern)].map((match) => match[1] ?? '');

function usedComponents(): string[] {
  const sources = readdirSync(join(web, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !path.startsWith('gql') && !path.includes('.test.'))
    .map((path) => join('src', path));
  const used = new Set<string>();
  for (const file of [...sources, 'index.html']) {
    const rawFileContent = read(file);
    for (const moduleId of getReactDsfrImportedModuleIds({ rawFileContent })) {
      const components = resolveModuleIdToDsfrComponents({ moduleId });
      if (!components) throw new Error(`react-dsfr does not know ${moduleId}, imported by ${file}`);
      for (const component of components) used.add(component);
    }
    for (const component of detectDsfrComponentsFromClassNames({ rawFileContent })) used.add(component);
  }
  return DSFR_COMPONENTS_CASCADE_ORDER.filter((component) => used.has(component));
}

describe('the DSFR assets the app loads', () => {
  const styles = imported('src/dsfr.css', /dsfr\/component\/\w+\/(\w+)\.main\.min\.css/g);
  const prints = imported('src/dsfr.css', /dsfr\/component\/\w+\/(\w+)\.print\.min\.css/g);

  it('are the stylesheets of the components the sources use, in the DSFR cascade order', () => {
    expect(read('src/dsfr.css')).toMatch(
      /core\/core\.main\.min\.css.*\n.*scheme\/scheme\.min\.css.*\n.*component\//,
    );
    expect(styles).toEqual(usedComponents());
    expect(prints).toEqual(styles);
  });

  it('are the scripts of those components that have one, after the core', () => {
    const scripts = imported(
      'src/dsfr-script.ts',
      /dsfr\/(?:component\/\w+|core|scheme)\/(\w+)\.module\.js/g,
    );
    const withScript = styles.filter((component) =>
      existsSync(join(dsfr, 'component', component, `${component}.module.js`)),
    );
    expect(scripts.slice(0, 2)).toEqual(['core', 'scheme']);
    expect(scripts.slice(2).sort()).toEqual(withScript.sort());
  });
});
