import { isRole, type Role } from '@opale/domain';

/** A signed-in user: the token sent to the API and what it says about its holder. */
export interface Session {
  readonly token: string;
  readonly role: Role;
  /** The UAIs of a school user's schools; empty for the other roles. */
  readonly uais: readonly string[];
  /** Seconds since the epoch; the session ends then. */
  readonly expiresAt: number | null;
}

const KEY = 'opale.token';

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * Reads the claims of a JWT to show the role and offer the right actions. The signature is the
 * API's business: a forged token gets nothing from it.
 */
export function sessionFromToken(token: string, nowSeconds = Date.now() / 1000): Session | null {
  const payload = token.trim().split('.')[1];
  if (!payload) return null;
  let claims: { role?: unknown; uais?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(base64UrlDecode(payload));
  } catch {
    return null;
  }
  const role = claims.role;
  if (!isRole(role)) return null;
  const expiresAt = typeof claims.exp === 'number' ? claims.exp : null;
  if (expiresAt !== null && expiresAt <= nowSeconds) return null;
  const uais = Array.isArray(claims.uais)
    ? claims.uais.filter((u): u is string => typeof u === 'string')
    : [];
  return { token: token.trim(), role, uais, expiresAt };
}

/** The session kept for this browser tab, if its token is still valid. */
export function loadSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  return token ? sessionFromToken(token) : null;
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, session.token);
  else sessionStorage.removeItem(KEY);
}
