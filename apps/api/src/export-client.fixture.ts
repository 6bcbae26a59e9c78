import { expect } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken } from './auth.js';
import type { Started } from './server.fixture.js';
import { CSRF_HEADER } from './yoga.js';

export type Role = Parameters<typeof signToken>[1]['role'];

/** Asks a started server for files and GraphQL answers with a token of `role` (and its schools). */
export function exportClient(server: () => Started) {
  const auth = async (role: Role, uais?: string[]) => ({
    authorization: `Bearer ${await signToken(SECRET, { role, uais })}`,
  });
  const get = async (path: string, role?: Role, uais?: string[]) =>
    fetch(`${server().base}${path}`, { headers: role ? await auth(role, uais) : {} });
  /** The lines of a CSV answer after its BOM, the header first; none empty. */
  const rows = async (res: Response) =>
    (await res.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== '');
  /** The data of a GraphQL query, which must answer no error. */
  const graphql = async <T>(query: string, role: Role, uais?: string[]): Promise<T> => {
    const res = await fetch(`${server().base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...(await auth(role, uais)) },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  return { get, rows, graphql };
}
