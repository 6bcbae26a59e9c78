/** The path of a request, decoded, and its query string as sent. */
export interface Target {
  readonly path: string;
  readonly search: string;
}

/** Request targets longer than this are refused: no route of opale comes near it. */
export const MAX_TARGET_LENGTH = 4096;

/**
 * Reads a request's target (`/rapport?date=…`) without ever throwing: null for anything that is
 * not an origin-form path (`//host`, `*`, an absolute URL), is too long, has malformed
 * percent-encoding, decodes to a NUL or to a `..` segment.
 */
export function parseTarget(raw: string | undefined): Target | null {
  if (!raw || raw.length > MAX_TARGET_LENGTH || !raw.startsWith('/') || raw.startsWith('//')) return null;
  const at = raw.indexOf('?');
  const encoded = at === -1 ? raw : raw.slice(0, at);
  let path: string;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  return { path, search: at === -1 ? '' : raw.slice(at) };
}
