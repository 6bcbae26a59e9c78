import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A ready-made operation for analysts, kept as `examples/<name>.graphql` with its variables. */
export interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const folder = fileURLToPath(new URL('../examples/', import.meta.url));

/** The ready-made operations, read once at start-up. */
export function loadExamples(): Example[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      return {
        name,
        query: readFileSync(`${folder}${file}`, 'utf8'),
        variables: JSON.parse(readFileSync(`${folder}${name}.variables.json`, 'utf8')) as Record<
          string,
          unknown
        >,
      };
    });
}
