import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'vite';

const gql = join(dirname(fileURLToPath(import.meta.url)), '../src/gql');
const generated = join(gql, 'graphql.ts');
/** Each document's text by its SHA-256 (codegen's `persistedDocuments`), for the API. */
const PERSISTED = 'persisted-documents.json';
const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const declaration = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** The name graphql-codegen's client preset gives the document of a `graphql()` call. */
export function documentName(source: string): string {
  const [first] = parse(source).definitions;
  if (first?.kind === Kind.FRAGMENT_DEFINITION) return `${first.name.value}FragmentDoc`;
  if (first?.kind === Kind.OPERATION_DEFINITION && first.name) return `${first.name.value}Document`;
  throw new Error(`a graphql() document must start with a named operation or fragment: ${source}`);
}

/** Each document of src/gql/graphql.ts by name, as the literal of its syntax tree. */
export function generatedDocuments(code: string): Map<string, string> {
  return new Map([...code.matchAll(declaration)].map(([, name, tree]) => [name ?? '', tree ?? '']));
}

/**
 * The client preset's `graphql()` looks each document up in one map of every document of the app
 * (src/gql/gql.ts), and src/gql/graphql.ts holds them all in one module, which a bundler cannot
 * split: the first screen would load every page's queries. Each call becomes the syntax tree the
 * preset generated for it (with the fragments it spreads), in the chunk of the page that uses it.
 * Tests run without this plugin, on the preset's map.
 *
 * The documents by hash go beside index.html: the API that serves the client reads them there,
 * to run the queries the client names by hash.
 */
export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'opale:graphql-documents',
    apply: 'build',
    buildStart() {
      documents = generatedDocuments(readFileSync(generated, 'utf8'));
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const inlined = code.replace(call, (_, source: string) => {
        const name = documentName(source);
        const tree = documents.get(name);
        if (!tree) throw new Error(`${name} is not in src/gql/graphql.ts: run graphql-codegen`);
        return `(${tree})`;
      });
      return { code: inlined, map: null };
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: PERSISTED,
        source: readFileSync(join(gql, PERSISTED), 'utf8'),
      });
    },
  };
}
