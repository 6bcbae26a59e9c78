import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A ready-made operation for analysts, kept as `examples/<name>.graphql` with its variables. */
export interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const folder = fileURLToPath(new URL('../examples/', import.meta.url));

/** The operation GraphiQL opens on: what the committee looks at first. */
const FIRST = 'committee-dashboard.graphql';

/** The ready-made operations, read once at start-up: the committee's dashboard, then by name. */
export function loadExamples(): Example[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b))
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
