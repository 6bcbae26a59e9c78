/**
 * One call to iTop's REST/JSON API (`webservices/rest.php`), as iTop's source defines it: a POST
 * of the form fields `version`, `auth_user` and `auth_pwd` (or `auth_token`, iTop's application
 * tokens) and `json_data` (the operation and its parameters); the answer is JSON with a numeric
 * `code` (0 when it went well), a `message` and, for the object operations, `objects` keyed by
 * `Class::id`, each with its own `code`, `message`, `class`, `key` and `fields`.
 */

/** The version of iTop's REST/JSON API asked for: 1.3 is served since iTop 2.2. */
export const DEFAULT_ITOP_REST_VERSION = '1.3';

/** Where iTop is and how opale signs in to it. */
export interface ItopConnection {
  /** The REST endpoint, e.g. `https://itop.example.fr/webservices/rest.php`. */
  readonly url: string;
  readonly user?: string;
  readonly password?: string;
  /** An application token (iTop's `auth_token`), instead of a user and password. */
  readonly token?: string;
  /** API version; {@link DEFAULT_ITOP_REST_VERSION} by default. */
  readonly version?: string;
  /** The fetch to use (tests, proxies); the global one by default. */
  readonly fetch?: typeof fetch;
  /** Aborts the request, e.g. `AbortSignal.timeout(30_000)`. */
  readonly signal?: AbortSignal;
  /**
   * Allows an `http:` address, over which the password crosses the network in clear: for a test
   * server on loopback. Without it only `https:` is accepted.
   */
  readonly insecure?: boolean;
}

/** One object of an answer: its class, its id (`key`) and the fields asked for. */
export interface ItopObject {
  /** Its name in the answer, `Class::id`. */
  readonly name: string;
  /** False when iTop's answer held something else than an object under that name. */
  readonly valid: boolean;
  readonly class: string;
  readonly key: string;
  readonly code: number;
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** What went wrong, in words, with the part of the exchange it concerns. */
export interface ItopFailure {
  /** `url` (refused before sending, or unreachable), `http`, `body` (not iTop's JSON) or `code`. */
  readonly field: 'url' | 'http' | 'body' | 'code';
  readonly reason: string;
  /** iTop's result code, when it answered one. */
  readonly code?: number;
}

export type ItopAnswer =
  | { readonly ok: true; readonly message: string; readonly objects: readonly ItopObject[] }
  | ({ readonly ok: false } & ItopFailure);

/** The result codes of iTop's RestResult, to say what went wrong in words. */
export const ITOP_RESULT_CODES: Readonly<Record<number, string>> = {
  1: 'unauthorized: wrong login or password, or the account may not read or write UserRequest',
  2: "the parameter 'version' is missing",
  3: "the parameter 'json_data' is missing",
  4: "'json_data' is not valid JSON",
  5: "the parameter 'auth_user' is missing",
  6: "the parameter 'auth_pwd' is missing",
  10: 'no operation is available for this API version',
  11: 'the operation is not valid for this API version',
  12: 'the operation could cause a data loss',
  13: 'invalid page number',
  100: 'internal error (e.g. an unknown class or attribute, a bad OQL query, an invalid stimulus)',
};

/** The address without any user or password it may carry, fit for a message. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return JSON.stringify(url);
  }
}

/** Why an address is refused before anything is sent to it, or null when it may be used. */
export function refusedUrl(url: string, insecure: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `expected the http(s) address of iTop's webservices/rest.php, got ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `expected the http(s) address of iTop's webservices/rest.php, got ${shownUrl(url)}`;
  if (parsed.username !== '' || parsed.password !== '')
    return `expected an address without credentials (give them as user and password), got ${shownUrl(url)}`;
  if (parsed.protocol === 'http:' && !insecure)
    return `expected an https: address: over http: the password would cross the network in clear, got ${shownUrl(url)} (for a test server, allow it with OPALE_ITOP_INSECURE=1 or --insecure; the insecure option in code)`;
  return null;
}

/** The form iTop's rest.php reads: version, credentials, and the operation as JSON. */
export function itopForm(connection: ItopConnection, operation: Record<string, unknown>): URLSearchParams {
  const auth: Record<string, string> =
    connection.token !== undefined
      ? { auth_token: connection.token }
      : { auth_user: connection.user ?? '', auth_pwd: connection.password ?? '' };
  return new URLSearchParams({
    version: connection.version ?? DEFAULT_ITOP_REST_VERSION,
    ...auth,
    json_data: JSON.stringify(operation),
  });
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * Sends one operation to iTop and reads its answer. Every failure comes back as a value naming
 * what went wrong, never thrown: an address refused before sending (not http(s), carrying
 * credentials, `http:` without `insecure`), no answer (network, abort, timeout), an HTTP error, an
 * answer that is not iTop's JSON, or a result code other than 0 (refused credentials, unknown
 * class, invalid stimulus…). The password and token are never written to a message.
 */
export async function callItop(
  connection: ItopConnection,
  operation: Record<string, unknown>,
): Promise<ItopAnswer> {
  const refused = refusedUrl(connection.url, connection.insecure === true);
  if (refused) return { ok: false, field: 'url', reason: refused };
  const doFetch = connection.fetch ?? fetch;
  const where = shownUrl(connection.url);
  let text: string;
  try {
    const response = await doFetch(connection.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: itopForm(connection, operation),
      ...(connection.signal ? { signal: connection.signal } : {}),
    });
    text = await response.text();
    if (!response.ok)
      return {
        ok: false,
        field: 'http',
        reason: `iTop answered HTTP ${response.status} ${response.statusText} at ${where}: expected 200 with a JSON result`,
      };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const reason =
      name === 'AbortError' || name === 'TimeoutError'
        ? `the request to iTop at ${where} was aborted or timed out`
        : `cannot reach iTop at ${where}: ${causeOf(error)}`;
    return { ok: false, field: 'url', reason: hideSecrets(reason, connection) };
  }
  return readItopAnswer(text);
}

// Whatever the runtime puts in its message, the secrets are not repeated.
function hideSecrets(text: string, connection: ItopConnection): string {
  let safe = text;
  for (const secret of [connection.password, connection.token])
    if (secret) safe = safe.split(secret).join('***');
  return safe;
}

/** Reads iTop's JSON answer: its objects in order, or what is wrong with it. */
export function readItopAnswer(text: string): ItopAnswer {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return {
      ok: false,
      field: 'body',
      reason: `expected iTop's JSON result, got ${JSON.stringify(text.slice(0, 120))}`,
    };
  }
  if (
    typeof answer !== 'object' ||
    answer === null ||
    typeof (answer as { code?: unknown }).code !== 'number'
  )
    return {
      ok: false,
      field: 'body',
      reason: `expected iTop's JSON result with a numeric code, got ${text.slice(0, 120)}`,
    };
  const { code, message, objects } = answer as { code: number; message?: unknown; objects?: unknown };
  if (code !== 0) {
    const meaning = ITOP_RESULT_CODES[code] ?? 'unknown result code';
    return {
      ok: false,
      field: 'code',
      code,
      reason: `iTop refused the request (code ${code}, ${meaning}): ${String(message ?? '')}`,
    };
  }
  // iTop sends `objects: null` when nothing matches the query.
  const list =
    typeof objects === 'object' && objects !== null ? Object.entries(objects as Record<string, unknown>) : [];
  return {
    ok: true,
    message: String(message ?? ''),
    objects: list.map(([name, value]) => objectOf(name, value)),
  };
}

function objectOf(name: string, value: unknown): ItopObject {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const [klass = '', id = ''] = name.split('::');
  return {
    name,
    valid: typeof value === 'object' && value !== null,
    class: typeof o.class === 'string' ? o.class : klass,
    key: o.key === undefined || o.key === null ? id : String(o.key),
    code: typeof o.code === 'number' ? o.code : Number(o.code ?? 0),
    message: String(o.message ?? ''),
    fields: typeof o.fields === 'object' && o.fields !== null ? (o.fields as Record<string, unknown>) : {},
  };
}
