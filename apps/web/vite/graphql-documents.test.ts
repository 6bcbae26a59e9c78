import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as generated from '../src/gql/graphql';
import { documentName, generatedDocuments, graphqlDocuments } from './graphql-documents';

const src = join(dirname(fileURLToPath(import.meta.url)), '../src');
const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.tsx?$/.test(path) && !path.startsWith('gql'))
  .map((path) => join(src, path));

const exports = new Map(Object.entries(generated));

function transform(code: string, id: string): string | null {
  const plugin = graphqlDocuments();
  (plugin.buildStart as () => void).call({});
  const result = (plugin.transform as (code: string, id: string) => { code: string } | null).call(
    {},
    code,
    id,
  );
  return result?.code ?? null;
}

describe('graphqlDocuments', () => {
  it('names documents as the client preset does', () => {
    expect(documentName('query Dashboard($on: Date) { today }')).toBe('DashboardDocument');
    expect(documentName('fragment Row on Eple { uai }')).toBe('RowFragmentDoc');
    expect(() => documentName('{ today }')).toThrow(/named operation or fragment/);
  });

  it('replaces every graphql() call of the sources with the syntax tree the preset generated', () => {
    let calls = 0;
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      const out = transform(code, file);
      if (!code.includes('graphql(`')) continue;
      for (const [, source = ''] of code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
        calls += 1;
        expect(out).toContain(`(${JSON.stringify(exports.get(documentName(source)))})`);
      }
      expect(out).not.toMatch(/\bgraphql\(`/);
    }
    expect(calls).toBeGreaterThan(40);
  });

  it('reads each document of the generated module once', () => {
    const documents = generatedDocuments(readFileSync(join(src, 'gql/graphql.ts'), 'utf8'));
    const exported = [...exports.keys()].filter((name) => /(Document|FragmentDoc)$/.test(name));
    expect([...documents.keys()].sort()).toEqual(exported.sort());
  });

  it('leaves the generated files and files without documents alone', () => {
    expect(transform('graphql(`query A { a }`)', join(src, 'gql/gql.ts'))).toBeNull();
    expect(transform('export const a = 1;', join(src, 'a.ts'))).toBeNull();
  });
});
