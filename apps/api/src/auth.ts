import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { type Caller, ROLES, type Role } from './caller.js';

const ISSUER = 'opale';
const AUDIENCE = 'opale-api';

/** How tokens are checked: a shared HS256 secret, or the JWKS of the académie's identity provider. */
export type Verifier = (token: string) => Promise<Caller>;

/** The demo set-up's secret, kept in `./data/` so that tokens survive a restart. */
export function demoSecret(file = 'data/jwt-secret'): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function callerOf(payload: JWTPayload): Caller {
  const role = payload.role as Role;
  if (!ROLES.includes(role)) throw new Error(`unknown role ${String(payload.role)}`);
  const uais = Array.isArray(payload.uais)
    ? payload.uais.filter((u): u is string => typeof u === 'string')
    : [];
  if (role === 'eple' && uais.length === 0) throw new Error('an eple token must name its UAIs');
  return { subject: String(payload.sub ?? 'unknown'), role, uais };
}

/** A verifier from the environment: `OPALE_JWKS_URL`, else `OPALE_JWT_SECRET` (HS256). */
export function verifierFrom(options: { secret?: string; jwksUrl?: string }): Verifier {
  if (options.jwksUrl) {
    const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
    return async (token) => callerOf((await jwtVerify(token, jwks, { audience: AUDIENCE })).payload);
  }
  if (!options.secret) throw new Error('no way to verify tokens: set OPALE_JWT_SECRET or OPALE_JWKS_URL');
  const key = new TextEncoder().encode(options.secret);
  return async (token) =>
    callerOf(
      (await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] })).payload,
    );
}

/** Signs a token for a role (and the UAIs of an `eple` user) with the shared secret. */
export async function signToken(
  secret: string,
  claims: { role: Role; subject?: string; uais?: readonly string[] },
  expiresIn = '12h',
): Promise<string> {
  return new SignJWT({ role: claims.role, uais: claims.uais ?? [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject ?? claims.role)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
