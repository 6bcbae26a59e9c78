import { isRole, isScopedToOwnSchools, type Role } from '@opale/domain';

// The demo set-up's sign-in (`/auth/demo`), a plain JSON endpoint beside the GraphQL API: it
// exists only when the server runs with its generated demo secret.

export interface DemoSchool {
  readonly uai: string;
  readonly name: string;
  readonly commune?: string;
  readonly waveId: string;
}

export interface DemoOptions {
  readonly roles: readonly Role[];
  readonly schools: readonly DemoSchool[];
}

/** The roles and schools one may choose, or `null` when the server has no demo sign-in. */
export async function fetchDemoOptions(): Promise<DemoOptions | null> {
  const response = await fetch('/auth/demo', { headers: { accept: 'application/json' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`La connexion de démonstration a répondu ${response.status}.`);
  const body = (await response.json()) as { roles?: unknown; schools?: unknown };
  const roles = Array.isArray(body.roles) ? body.roles.filter(isRole) : [];
  const schools = Array.isArray(body.schools) ? (body.schools as DemoSchool[]) : [];
  return { roles, schools };
}

/** A demo token for a role (and a school for the `eple` role). */
export async function fetchDemoToken(role: Role, uai?: string): Promise<string> {
  const response = await fetch('/auth/demo', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(isScopedToOwnSchools(role) ? { role, uai } : { role }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: unknown; error?: unknown };
  if (!response.ok || typeof body.token !== 'string') {
    throw new Error(typeof body.error === 'string' ? body.error : `Réponse ${response.status} du serveur.`);
  }
  return body.token;
}
