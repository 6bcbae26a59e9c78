import type { Ticket } from '@opale/domain';
import { ITOP_ATTRIBUTES, type ItopEntry, type ItopRecord, mapItopTickets } from './itop-map.js';
import type { ParsedFile, RowError } from './parsed.js';

/** The OQL query of the op@le tickets, when the caller gives none. */
export const DEFAULT_ITOP_OQL = "SELECT UserRequest WHERE service_name = 'op@le'";
/** The version of iTop's REST/JSON API asked for: 1.3 is served since iTop 2.2. */
export const DEFAULT_ITOP_REST_VERSION = '1.3';

export interface ItopRestOptions {
  /** The REST endpoint, e.g. `https://itop.example.fr/webservices/rest.php`. */
  readonly url: string;
  readonly user: string;
  readonly password: string;
  /** Which tickets to read; {@link DEFAULT_ITOP_OQL} by default. */
  readonly oql?: string;
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

// The documented result codes of iTop's RestResult, to say what went wrong in words.
const RESULT_CODES: Readonly<Record<number, string>> = {
  1: 'unauthorized: wrong login or password, or the account may not read UserRequest',
  2: "the parameter 'version' is missing",
  3: "the parameter 'json_data' is missing",
  4: "'json_data' is not valid JSON",
  5: "the parameter 'auth_user' is missing",
  6: "the parameter 'auth_pwd' is missing",
  10: 'no operation is available for this API version',
  11: 'the operation is not valid for this API version',
  12: 'the operation could cause a data loss',
  13: 'invalid page number',
  100: 'internal error (e.g. an unknown class or attribute, or a bad OQL query)',
};

/** The tickets read, `lines` holding each one's position in iTop's answer. */
export type ItopFetched = ParsedFile<Ticket> & { readonly fetched: number; readonly lines: number[] };

interface ItopObject {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly key?: unknown;
  readonly fields?: unknown;
}

function requestError(field: string, reason: string): RowError {
  return { line: 0, field, reason };
}

function failed(error: RowError): ItopFetched {
  return { records: [], errors: [error], rows: 0, fetched: 0, lines: [] };
}

// The address without any user or password it may carry, fit for a message.
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return JSON.stringify(url);
  }
}

function checkUrl(url: string, insecure: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `expected the http(s) address of iTop's webservices/rest.php, got ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `expected the http(s) address of iTop's webservices/rest.php, got ${shown(url)}`;
  if (parsed.username !== '' || parsed.password !== '')
    return `expected an address without credentials (give them as user and password), got ${shown(url)}`;
  if (parsed.protocol === 'http:' && !insecure)
    return `expected an https: address: over http: the password would cross the network in clear, got ${shown(url)} (for a test server, allow it with OPALE_ITOP_INSECURE=1 or --insecure; the insecure option in code)`;
  return null;
}

function recordOf(fields: unknown): ItopRecord {
  const record: Record<string, string | null> = {};
  if (typeof fields !== 'object' || fields === null) return record;
  for (const attribute of ITOP_ATTRIBUTES) {
    const value = (fields as Record<string, unknown>)[attribute];
    if (typeof value === 'string') record[attribute] = value;
    else if (typeof value === 'number') record[attribute] = String(value);
  }
  return record;
}

/**
 * Reads the op@le tickets from iTop's REST/JSON API (`core/get` on `UserRequest`, read-only) and
 * maps each object with {@link mapItopTicket}: the same tickets as {@link parseItopCsv} gives for
 * an export of the same objects. The CLI reads the URL and the credentials from the environment
 * (`OPALE_ITOP_URL`, `OPALE_ITOP_USER`, `OPALE_ITOP_PASSWORD`); the password goes only into the
 * request's form and is never written to a message.
 *
 * A failure of the request (network, abort or timeout through `signal`, HTTP error, an answer
 * that is not iTop's JSON, a result code other than 0 such as bad credentials or an unknown
 * class) comes back as one error on line 0, as does an address refused before anything is sent:
 * not http(s), carrying credentials, or `http:` without `insecure`. An object that cannot be
 * mapped gives errors on its position in the answer (1-based), naming its key
 * (`UserRequest::123`) and attribute. `fetched` counts the objects iTop returned. Never throws.
 */
export async function fetchItopTickets(options: ItopRestOptions): Promise<ItopFetched> {
  const body = new URLSearchParams({
    version: options.version ?? DEFAULT_ITOP_REST_VERSION,
    auth_user: options.user,
    auth_pwd: options.password,
    json_data: JSON.stringify({
      operation: 'core/get',
      class: 'UserRequest',
      key: options.oql ?? DEFAULT_ITOP_OQL,
      output_fields: ITOP_ATTRIBUTES.join(','),
    }),
  });
  const invalid = checkUrl(options.url, options.insecure === true);
  if (invalid) return failed(requestError('url', invalid));
  const doFetch = options.fetch ?? fetch;
  let text: string;
  try {
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    text = await response.text();
    if (!response.ok)
      return failed(
        requestError(
          'http',
          `iTop answered HTTP ${response.status} ${response.statusText} at ${shown(options.url)}: expected 200 with a JSON result`,
        ),
      );
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const reason =
      name === 'AbortError' || name === 'TimeoutError'
        ? `the request to iTop at ${shown(options.url)} was aborted or timed out`
        : `cannot reach iTop at ${shown(options.url)}: ${causeOf(error)}`;
    // Whatever the runtime puts in its message, the password is not repeated.
    const safe = options.password === '' ? reason : reason.split(options.password).join('***');
    return failed(requestError('url', safe));
  }
  return readAnswer(text);
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

function readAnswer(text: string): ItopFetched {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return failed(
      requestError('body', `expected iTop's JSON result, got ${JSON.stringify(text.slice(0, 120))}`),
    );
  }
  if (
    typeof answer !== 'object' ||
    answer === null ||
    typeof (answer as { code?: unknown }).code !== 'number'
  )
    return failed(
      requestError('body', `expected iTop's JSON result with a numeric code, got ${text.slice(0, 120)}`),
    );
  const { code, message, objects } = answer as { code: number; message?: unknown; objects?: unknown };
  if (code !== 0) {
    const meaning = RESULT_CODES[code] ?? 'unknown result code';
    return failed(
      requestError('code', `iTop refused the request (code ${code}, ${meaning}): ${String(message ?? '')}`),
    );
  }
  // iTop sends `objects: null` when nothing matches the query.
  const list =
    typeof objects === 'object' && objects !== null
      ? Object.entries(objects as Record<string, ItopObject>)
      : [];
  const errors: RowError[] = [];
  const entries: ItopEntry[] = [];
  list.forEach(([key, object], index) => {
    const source = { line: index + 1, where: `object ${key}` };
    if (typeof object !== 'object' || object === null)
      errors.push({
        line: source.line,
        field: 'fields',
        reason: `object ${key}: expected an object with fields`,
      });
    else if (object.code !== undefined && object.code !== 0)
      errors.push({
        line: source.line,
        field: 'code',
        reason: `object ${key}: iTop reports code ${String(object.code)}: ${String(object.message ?? '')}`,
      });
    else entries.push({ record: recordOf(object.fields), source });
  });
  const mapped = mapItopTickets(entries);
  return {
    records: mapped.records,
    lines: mapped.lines,
    errors: [...errors, ...mapped.errors].sort((a, b) => a.line - b.line),
    rows: list.length,
    fetched: list.length,
  };
}
