import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signToken } from '../auth.js';
import { CSRF_HEADER } from '../yoga.js';

/** A ready-made operation of `examples/`, as text. */
export const example = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../examples/${file}`, import.meta.url)), 'utf8');

/** The committee's dashboard as the web client POSTs it, with a committee token signed by `secret`. */
export async function dashboardRequest(secret: string, variables: Record<string, unknown> = {}) {
  const token = await signToken(secret, { role: 'committee', subject: 'bench' }, '1h');
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [CSRF_HEADER]: 'bench' },
    body: JSON.stringify({
      query: example('committee-dashboard.graphql'),
      variables: { ...JSON.parse(example('committee-dashboard.variables.json')), ...variables },
    }),
  };
}
