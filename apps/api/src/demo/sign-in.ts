import { isRole, ROLES } from '@opale/domain';
import type { Store } from '@opale/store';
import { signToken } from '../auth.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

/**
 * The demo set-up's sign-in, at `/auth/demo`: `GET` lists the roles and the schools one may
 * choose, `POST {"role", "uai"?}` answers `{"token"}` signed with the demo secret. It exists only
 * when the server runs with its generated demo secret (never with a real secret or JWKS).
 */
export function demoSignIn(store: Store, secret: string) {
  return async (request: Request): Promise<Response> => {
    if (request.method === 'GET') {
      const dataset = await store.loadDataset();
      const schools = dataset.eple
        .map((e) => ({ uai: e.uai, name: e.name, commune: e.commune, waveId: e.waveId }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      return json(200, { roles: ROLES, schools });
    }
    if (request.method !== 'POST') return json(405, { error: 'GET or POST' });
    let body: { role?: unknown; uai?: unknown };
    try {
      body = (await request.json()) as typeof body;
    } catch {
      return json(400, { error: 'body: expected JSON {"role": "...", "uai": "..."}' });
    }
    const role = body.role;
    if (!isRole(role)) return json(400, { error: `role: expected one of ${ROLES.join(', ')}` });
    if (role !== 'eple')
      return json(200, { token: await signToken(secret, { role, subject: `demo-${role}` }) });
    const uai = typeof body.uai === 'string' ? body.uai : '';
    const dataset = await store.loadDataset();
    if (!dataset.eple.some((e) => e.uai === uai))
      return json(400, { error: 'uai: expected the UAI of one of the académie’s schools' });
    return json(200, {
      token: await signToken(secret, { role, subject: `demo-${uai}`, uais: [uai] }),
    });
  };
}
