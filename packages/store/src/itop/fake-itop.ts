import type { ServerResponse } from 'node:http';
import { type FakeItop, fakeItop } from './fake-server.js';

export type { FakeItop } from './fake-server.js';

/**
 * For tests: a stateful iTop, written from iTop's REST source (webservices/rest.php and
 * core/restservices.class.inc.php): a POST form of version, auth_user and auth_pwd (or
 * auth_token) and json_data; answers `{code, message}` plus `objects` keyed by `Class::id`, each
 * `{code, message, class, key, fields}`. It knows `core/get` (a key that is an id or a small OQL
 * subset: `SELECT UserRequest WHERE a = 'x' AND b LIKE '%y%' AND c >= 'z'`), `core/create`,
 * `core/update` and `core/apply_stimulus` on UserRequest, with iTop's error codes: 1 for refused
 * credentials, 2, 3, 4, 5, 6 for missing or bad parameters, 10 for an unknown version, 11 for an
 * unknown operation, 100 for anything the operation throws ("Error: …"). Failures can be
 * injected, before or after the change is made: a 500, a page that is not JSON, no answer at all.
 */

/** A failure to inject: `before` the change (nothing done) or `after` it (done, answer lost). */
export interface Injected {
  readonly what: '500' | 'html' | 'hang';
  readonly when: 'before' | 'after';
  /** The operation it strikes (`core/create`…); the next call, whatever it is, by default. */
  readonly on?: string;
}

export interface StatefulItop extends FakeItop {
  /** The requests, by id. */
  readonly requests: Map<number, Record<string, string>>;
  /** The operations posted, in order (`core/get`…), whether answered or not. */
  readonly operations: string[];
  /** Fails the next calls, one injected failure each. */
  fail(...failures: Injected[]): void;
  /** Changes a request as a user of iTop would, its last_update moved to `at`. */
  edit(id: number, fields: Record<string, string>, at: string): void;
}

const USER = 'opale-rest';
const PASSWORD = 'secret-of-the-test';
const TOKEN = 'token-of-the-test';
export const FAKE_CREDENTIALS = { user: USER, password: PASSWORD } as const;
export const FAKE_TOKEN = TOKEN;

// The life cycle of iTop's UserRequest (ITIL), as far as opale drives it.
const TRANSITIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  new: { ev_assign: 'assigned', ev_resolve: 'resolved' },
  assigned: { ev_resolve: 'resolved', ev_pending: 'pending' },
  pending: { ev_resolve: 'resolved' },
  resolved: { ev_close: 'closed', ev_reopen: 'assigned' },
  closed: {},
};
const MANDATORY: Readonly<Record<string, readonly string[]>> = { resolved: ['solution'] };

class Thrown extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

// One numbering for every fake of a test run, as one iTop numbers its requests: refs never repeat.
let nextId = 1;

/** Starts the stateful iTop on loopback; `clock` gives its date-times (`YYYY-MM-DD HH:MM:SS`). */
export async function statefulItop(clock: () => string = () => '2024-01-15 09:00:00'): Promise<StatefulItop> {
  const requests = new Map<number, Record<string, string>>();
  const operations: string[] = [];
  const injected: Injected[] = [];
  const teams = new Set(['SI2C', 'DRASI']);

  const externalKey = (attribute: string, value: unknown): string => {
    if (attribute === 'caller_id' && typeof value === 'object' && value !== null) {
      const { name, first_name } = value as { name?: string; first_name?: string };
      return [first_name, name].filter(Boolean).join(' ');
    }
    const text = String(value);
    const match = /^SELECT (\w+) WHERE (\w+) = '((?:[^'\\]|\\.)*)'$/.exec(text);
    if (!match) throw new Thrown(100, `Error: ${attribute}: invalid value ${text}`);
    const [, klass, , raw] = match as unknown as [string, string, string, string];
    const wanted = raw.replace(/\\(.)/g, '$1');
    // Every school is an organisation whose code is its UAI, as the README asks iTop to hold them.
    if (klass === 'Organization' && /^\d{7}[A-Z]$/.test(wanted)) return `Établissement ${wanted}`;
    if (klass === 'Team' && teams.has(wanted)) return wanted;
    if (klass === 'Service' && wanted === 'op@le') return 'op@le';
    throw new Thrown(100, `Error: ${attribute}: No item found with criteria: ${text}`);
  };

  const setFields = (request: Record<string, string>, fields: Record<string, unknown>) => {
    for (const [attribute, value] of Object.entries(fields)) {
      if (attribute.endsWith('_id')) {
        const name = externalKey(attribute, value);
        request[`${attribute}_friendlyname`] = name;
        if (attribute === 'service_id') request.service_name = name;
      } else request[attribute] = String(value);
    }
  };

  const matching = (key: unknown): number[] => {
    if (typeof key === 'number' || /^\d+$/.test(String(key))) {
      const id = Number(key);
      return requests.has(id) ? [id] : [];
    }
    const oql = /^SELECT UserRequest(?: WHERE (.*))?$/.exec(String(key));
    if (!oql) throw new Thrown(100, `Error: Invalid OQL query: ${String(key)}`);
    const conditions = (oql[1] ?? '').split(' AND ').filter((c) => c !== '');
    const tests = conditions.map((condition) => {
      const c = /^(\w+) (=|LIKE|>=|>) '((?:[^'\\]|\\.)*)'$/.exec(condition);
      if (!c) throw new Thrown(100, `Error: Unsupported OQL condition: ${condition}`);
      const [, attribute, op, raw] = c as unknown as [string, string, string, string];
      const value = raw.replace(/\\(.)/g, '$1');
      return (r: Record<string, string>) => {
        const actual = r[attribute] ?? '';
        if (op === '=') return actual === value;
        if (op === '>=') return actual >= value;
        if (op === '>') return actual > value;
        return actual.includes(value.replace(/^%|%$/g, ''));
      };
    });
    return [...requests.entries()].filter(([, r]) => tests.every((t) => t(r))).map(([id]) => id);
  };

  const one = (key: unknown): number => {
    const ids = matching(key);
    if (ids.length === 0) throw new Thrown(100, `Error: No item found with criteria: ${String(key)}`);
    if (ids.length > 1)
      throw new Thrown(100, `Error: Several items found (${ids.length}) with criteria: ${String(key)}`);
    return ids[0] as number;
  };

  const objectOf = (id: number, message: string, outputFields: unknown) => {
    const request = requests.get(id) as Record<string, string>;
    const wanted =
      typeof outputFields === 'string' && outputFields !== '*'
        ? outputFields.split(',').map((f) => f.trim())
        : ['id', ...Object.keys(request)];
    const fields = Object.fromEntries(wanted.map((f) => [f, f === 'id' ? String(id) : (request[f] ?? '')]));
    return [`UserRequest::${id}`, { code: 0, message, class: 'UserRequest', key: String(id), fields }];
  };

  const operate = (data: Record<string, unknown>): { code: number; message: string; objects?: unknown } => {
    const operation = data.operation;
    if (typeof operation !== 'string') throw new Thrown(100, "Error: Missing parameter 'operation'");
    operations.push(operation);
    if (!['core/get', 'core/create', 'core/update', 'core/apply_stimulus'].includes(operation))
      throw new Thrown(11, `Error: Unknown verb '${operation}' in version '1.3'`);
    if (data.class !== 'UserRequest') throw new Thrown(100, `Error: Unknown class '${String(data.class)}'`);
    const now = clock();
    if (operation === 'core/get') {
      const ids = matching(data.key);
      const objects = Object.fromEntries(ids.map((id) => objectOf(id, '', data.output_fields)));
      return { code: 0, message: `Found: ${ids.length}`, objects: ids.length > 0 ? objects : null };
    }
    if (operation === 'core/create') {
      if (typeof data.fields !== 'object' || data.fields === null)
        throw new Thrown(100, "Error: Missing parameter 'fields'");
      const request: Record<string, string> = { status: 'new', start_date: now, last_update: now };
      setFields(request, data.fields as Record<string, unknown>);
      const id = nextId++;
      request.ref = `R-${String(id).padStart(6, '0')}`;
      requests.set(id, request);
      return {
        code: 0,
        message: '',
        objects: Object.fromEntries([objectOf(id, 'created', data.output_fields)]),
      };
    }
    const id = one(data.key);
    const request = { ...(requests.get(id) as Record<string, string>) };
    setFields(request, (data.fields ?? {}) as Record<string, unknown>);
    if (operation === 'core/apply_stimulus') {
      const stimulus = String(data.stimulus);
      const target = TRANSITIONS[request.status ?? '']?.[stimulus];
      if (!target)
        throw new Thrown(
          100,
          `Invalid stimulus: '${stimulus}' on the object ${request.ref} in state '${request.status}'`,
        );
      const missing = (MANDATORY[target] ?? []).filter((a) => (request[a] ?? '') === '');
      if (missing.length > 0)
        throw new Thrown(
          100,
          `Missing mandatory attribute(s) for applying the stimulus: ${missing.join(', ')}.`,
        );
      request.status = target;
      if (target === 'resolved') request.resolution_date = now;
    }
    request.last_update = now;
    requests.set(id, request);
    return {
      code: 0,
      message: '',
      objects: Object.fromEntries([objectOf(id, 'updated', data.output_fields)]),
    };
  };

  const answer = (res: ServerResponse, form: URLSearchParams): void => {
    let operation = '';
    try {
      operation = String(JSON.parse(form.get('json_data') ?? '{}').operation ?? '');
    } catch {
      // A json_data that is not JSON is iTop's code 4, answered below.
    }
    const at = injected.findIndex((f) => f.on === undefined || f.on === operation);
    const failure = at < 0 ? undefined : injected.splice(at, 1)[0];
    const send = (status: number, body: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const fail = (f: Injected) => {
      if (f.what === '500') send(500, 'Internal Server Error', 'text/plain');
      else if (f.what === 'html') send(200, '<html><body>Maintenance</body></html>', 'text/html');
      // 'hang': no answer; the client's timeout ends the wait.
    };
    if (failure?.when === 'before') {
      fail(failure);
      return;
    }
    let result: { code: number; message: string; objects?: unknown };
    try {
      result = handle(form);
    } catch (error) {
      result =
        error instanceof Thrown
          ? { code: error.code, message: error.message }
          : { code: 100, message: `Error: ${String(error)}` };
    }
    if (failure?.when === 'after') {
      fail(failure);
      return;
    }
    send(200, JSON.stringify(result));
  };

  const handle = (form: URLSearchParams) => {
    const token = form.get('auth_token');
    if (token !== null) {
      if (token !== TOKEN) throw new Thrown(1, 'Error: Invalid login');
    } else {
      if (!form.get('auth_user')) throw new Thrown(5, "Error: Missing parameter 'auth_user'");
      if (!form.get('auth_pwd')) throw new Thrown(6, "Error: Missing parameter 'auth_pwd'");
      if (form.get('auth_user') !== USER || form.get('auth_pwd') !== PASSWORD)
        throw new Thrown(1, 'Error: Invalid login');
    }
    const version = form.get('version');
    if (!version) throw new Thrown(2, "Error: Missing parameter 'version' (e.g. '1.0')");
    const json = form.get('json_data');
    if (json === null) throw new Thrown(3, "Error: Missing parameter 'json_data");
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      throw new Thrown(4, 'Error: Parameter json_data is not a valid JSON structure');
    }
    if (!['1.0', '1.1', '1.2', '1.3'].includes(version))
      throw new Thrown(10, `Error: There is no service available for version '${version}'`);
    return operate(data as Record<string, unknown>);
  };

  const server = await fakeItop(answer);
  return {
    ...server,
    requests,
    operations,
    fail: (...failures) => injected.push(...failures),
    edit: (id, fields, at) => {
      const request = requests.get(id);
      if (!request) throw new Error(`no request ${id}`);
      Object.assign(request, fields, { last_update: at });
    },
  };
}
