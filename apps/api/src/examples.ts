import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A ready-made operation for analysts, kept as `examples/<name>.graphql` with its variables. */
export interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /**
   * The role (and school, for `eple`) of the token to run it with, from its first line
   * (`# role: eple 0801666B`); the committee's when it names none.
   */
  readonly role: { readonly role: string; readonly uais?: string[] };
}

/** The role its first line names (`# role: <role> [<UAI>]`), the committee's by default. */
export function roleOf(query: string): Example['role'] {
  const match = /^# role: (\w+)(?: (\S+))?/.exec(query);
  if (!match) return { role: 'committee' };
  return match[2] ? { role: match[1] as string, uais: [match[2]] } : { role: match[1] as string };
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
      const query = readFileSync(`${folder}${file}`, 'utf8');
      return {
        name,
        query,
        role: roleOf(query),
        variables: JSON.parse(readFileSync(`${folder}${name}.variables.json`, 'utf8')) as Record<
          string,
          unknown
        >,
      };
    });
}
