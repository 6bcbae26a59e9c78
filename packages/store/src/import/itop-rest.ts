import type { Ticket } from '@opale/domain';
import { callItop, type ItopConnection, type ItopObject } from '../itop/rest-call.js';
import { ITOP_ATTRIBUTES, type ItopEntry, type ItopRecord, mapItopTickets } from './itop-map.js';
import type { ParsedFile, RowError } from './parsed.js';

/** The OQL query of the op@le tickets, when the caller gives none. */
export const DEFAULT_ITOP_OQL = "SELECT UserRequest WHERE service_name = 'op@le'";
export { DEFAULT_ITOP_REST_VERSION } from '../itop/rest-call.js';

export interface ItopRestOptions extends ItopConnection {
  /** Which tickets to read; {@link DEFAULT_ITOP_OQL} by default. */
  readonly oql?: string;
}

/** The tickets read, `lines` holding each one's position in iTop's answer. */
export type ItopFetched = ParsedFile<Ticket> & { readonly fetched: number; readonly lines: number[] };

function failed(error: RowError): ItopFetched {
  return { records: [], errors: [error], rows: 0, fetched: 0, lines: [] };
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
  const answer = await callItop(options, {
    operation: 'core/get',
    class: 'UserRequest',
    key: options.oql ?? DEFAULT_ITOP_OQL,
    output_fields: ITOP_ATTRIBUTES.join(','),
  });
  if (!answer.ok) return failed({ line: 0, field: answer.field, reason: answer.reason });
  return ticketsOf(answer.objects);
}

/** Maps the objects of a `core/get` answer, each error on the object's 1-based position. */
export function ticketsOf(objects: readonly ItopObject[]): ItopFetched {
  const errors: RowError[] = [];
  const entries: ItopEntry[] = [];
  objects.forEach((object, index) => {
    const source = { line: index + 1, where: `object ${object.name}` };
    if (!object.valid)
      errors.push({
        line: source.line,
        field: 'fields',
        reason: `object ${object.name}: expected an object with fields`,
      });
    else if (object.code !== 0)
      errors.push({
        line: source.line,
        field: 'code',
        reason: `object ${object.name}: iTop reports code ${String(object.code)}: ${object.message}`,
      });
    else entries.push({ record: recordOf(object.fields), source });
  });
  const mapped = mapItopTickets(entries);
  return {
    records: mapped.records,
    lines: mapped.lines,
    errors: [...errors, ...mapped.errors].sort((a, b) => a.line - b.line),
    rows: objects.length,
    fetched: objects.length,
  };
}
