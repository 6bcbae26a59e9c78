import { isRole, type Role } from '@opale/domain';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyOptions, jwtVerify, SignJWT } from 'jose';
import type { Caller, Verifier } from './caller.js';
import { AUDIENCE } from './config/config.js';

/** The issuer of the tokens opale signs itself (demo set-up, or a shared secret). */
const ISSUER = 'opale';
/** The longest life of a token when none is configured: a working day and a night. */
const DEFAULT_MAX_LIFETIME_SECONDS = 86_400;

function callerOf(payload: JWTPayload, maxLifetimeSeconds: number): Caller {
  // jose has checked that both are numbers (requiredClaims): a token that never expires is refused.
  const lifetime = (payload.exp as number) - (payload.iat as number);
  if (lifetime > maxLifetimeSeconds)
    throw new Error(`a token may live ${maxLifetimeSeconds} s at most, this one ${lifetime} s`);
  const role = payload.role;
  if (!isRole(role)) throw new Error(`unknown role ${String(role)}`);
  const uais = Array.isArray(payload.uais)
    ? payload.uais.filter((u): u is string => typeof u === 'string')
    : [];
  if (role === 'eple' && uais.length === 0) throw new Error('an eple token must name its UAIs');
  return { subject: String(payload.sub ?? 'unknown'), role, uais };
}

/** The identity provider's published keys, and what its tokens must say. */
export interface JwksOptions {
  readonly url: URL;
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly string[];
}

/**
 * A verifier: the identity provider's keys (`jwks`), else a shared HS256 `secret`. On both paths
 * the issuer, the audience and the algorithm are checked, `exp` and `iat` are required, and a
 * token may not live longer than `maxLifetimeSeconds`.
 */
export function verifierFrom(options: {
  secret?: string;
  jwks?: JwksOptions;
  maxLifetimeSeconds?: number;
}): Verifier {
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
  const required: JWTVerifyOptions = { requiredClaims: ['exp', 'iat'], maxTokenAge: maxLifetime };
  if (options.jwks) {
    const { url, issuer, audience, algorithms } = options.jwks;
    const keys = createRemoteJWKSet(url);
    const checks = { ...required, issuer, audience, algorithms: [...algorithms] };
    return async (token) => callerOf((await jwtVerify(token, keys, checks)).payload, maxLifetime);
  }
  if (!options.secret) throw new Error('no way to verify tokens: set OPALE_JWT_SECRET or OPALE_JWKS_URL');
  const key = new TextEncoder().encode(options.secret);
  const checks = { ...required, issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] };
  return async (token) => callerOf((await jwtVerify(token, key, checks)).payload, maxLifetime);
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
