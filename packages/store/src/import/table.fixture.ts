import { readFileSync } from 'node:fs';
import { readCsv, type TextTable } from './csv.js';

/** For tests: the text of a file of `fixtures/`. */
export const fixtureText = (name: string): string =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** For tests: a CSV text read as a table; a malformed one fails the test. */
export async function csvTable(text: string, delimiter?: ';' | ',' | 'auto'): Promise<TextTable> {
  const t = await readCsv(text, { delimiter });
  if (!('rows' in t)) throw new Error(`line ${t.line}: ${t.reason}`);
  return t;
}
