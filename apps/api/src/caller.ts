import { decodeJwt } from 'jose';

/** The roles of opale's users. */
export const ROLES = ['admin', 'si2c', 'drasi', 'committee', 'eple'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: from a verified token. `eple` callers are scoped to their schools' UAIs. */
export interface Caller {
  readonly subject: string;
  readonly role: Role;
  readonly uais: readonly string[];
}

/** How tokens are checked: a shared HS256 secret, or the JWKS of the académie's identity provider. */
export type Verifier = (token: string) => Promise<Caller>;

/** Whether the caller may read the records of this EPLE. */
export function canReadEple(caller: Caller, uai: string | undefined): boolean {
  if (caller.role !== 'eple') return true;
  return uai !== undefined && caller.uais.includes(uai);
}

/** The name recorded with the caller's changes. */
export function actorOf(caller: Caller): string {
  return `${caller.role}:${caller.subject}`;
}

/**
 * A verifier that remembers the tokens it accepted, for `forMs` at most and never past their
 * `exp`: checking a signature costs more than the rest of a small request. Refusals are not kept,
 * and a key withdrawn from the JWKS stops being honoured within `forMs`.
 */
export function rememberVerified(
  verify: Verifier,
  options: { forMs?: number; max?: number; now?: () => number } = {},
): Verifier {
  const { forMs = 60_000, max = 1000, now = Date.now } = options;
  const kept = new Map<string, { caller: Caller; until: number }>();
  return async (token) => {
    const hit = kept.get(token);
    if (hit && hit.until > now()) return hit.caller;
    kept.delete(token);
    const caller = await verify(token);
    const { exp } = decodeJwt(token);
    const until = Math.min(now() + forMs, typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY);
    if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    kept.set(token, { caller, until });
    return caller;
  };
}
