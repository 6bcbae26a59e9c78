import type { Caller, Verifier } from './caller.js';

/**
 * The caller an `Authorization` header names: null without one, or when its bearer token does not
 * verify (a bad or expired token is the same as none: the schema then refuses what needs a role).
 */
export async function callerOfHeader(
  header: string | null | undefined,
  verify: Verifier,
): Promise<Caller | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) return null;
  try {
    return await verify(match[1] as string);
  } catch {
    return null;
  }
}
