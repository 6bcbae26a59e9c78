import {
  type IsoDate,
  parseUai,
  type Ticket,
  type TicketEvent,
  teamFromTitle,
  validateTicket,
} from '@opale/domain';
import {
  classifyItopTeam,
  escalationTargetIn,
  itopDay,
  itopStatus,
  NO,
  normaliseLabel,
  requesterOf,
  STATUS_CODES,
  uaiTokens,
  YES,
} from './itop-values.js';
import type { RowError } from './parsed.js';

/** The attributes of iTop's `UserRequest` the import reads, by their iTop code. */
export const ITOP_ATTRIBUTES = [
  'ref',
  'title',
  'status',
  'start_date',
  'assignment_date',
  'resolution_date',
  'close_date',
  'last_update',
  'team_id_friendlyname',
  'caller_id_friendlyname',
  'org_id_friendlyname',
  'service_name',
  'description',
  'escalation_flag',
  'escalation_reason',
] as const;
export type ItopAttribute = (typeof ITOP_ATTRIBUTES)[number];

/** One `UserRequest` as iTop gives it: attribute code → text; blank, null or absent when empty. */
export type ItopRecord = Partial<Record<ItopAttribute, string | null>>;

/** Where a record comes from, so that every error names it. */
export interface ItopSource {
  /** The CSV line, or the 1-based position of the object in the REST answer. */
  readonly line: number;
  /** Put before each reason, e.g. `object UserRequest::123`; none for a CSV line. */
  readonly where?: string;
  /** The name of an attribute in this source (the CSV column as written); the code by default. */
  readonly fieldName?: (attribute: ItopAttribute) => string;
}

export type ItopMapResult =
  | { readonly ok: true; readonly ticket: Ticket }
  | { readonly ok: false; readonly errors: RowError[] };

function describeValue(value: string): string {
  return value === '' ? 'an empty value' : JSON.stringify(value);
}

/**
 * Maps one iTop `UserRequest` to a domain ticket of channel `itop`, or lists every problem of the
 * record, each with its line and field. iTop gives only the current state and a few dates, so the
 * history is a reconstruction, always the same for the same record:
 * - opened on `start_date`'s day; the first team is the title's prefix (`SI2C …`, `DRASI …`), else
 *   the team when it is SI2C or DRASI. Without either the first team cannot be known: an error.
 * - a team (`team_id_friendlyname`) of the other académie team than the prefix → `requalified` to
 *   it on `assignment_date`'s day (iTop keeps the first assignment's date on a re-assignment, so
 *   this is the earliest day it can have happened), or on the opening day when never assigned;
 * - a team of C2S Montpellier, DAF, Guérande or the integrator, or `escalation_flag` yes with an
 *   `escalation_reason` naming one of them → `escalated` to it on that same day. The flag alone is
 *   iTop's "ticket à surveiller", not a hand-over; escalated_tto/ttr are SLA overruns, still open;
 * - resolved, closed or rejected → `resolved` on `resolution_date`'s day, else `close_date`'s (and
 *   for a rejected request, which may have neither, `last_update`'s);
 * - reopened, or any open status with a `resolution_date` (iTop's reopening keeps it) → `resolved`
 *   on that day, then `reopened` on `last_update`'s day, the last change known.
 * The UAI is the UAI-shaped word of the organisation's name (a wrong one is an error), else the
 * first valid one of the description. The requester is the caller: first word as first name, the
 * rest as last name. The ticket returned has passed the domain's `validateTicket`.
 */
export function mapItopTicket(record: ItopRecord, source: ItopSource): ItopMapResult {
  const errors: RowError[] = [];
  const name = (attribute: ItopAttribute): string => source.fieldName?.(attribute) ?? attribute;
  const fail = (attribute: ItopAttribute, reason: string): void => {
    errors.push({ line: source.line, field: name(attribute), reason: prefixed(source, reason) });
  };
  const text = (attribute: ItopAttribute): string => (record[attribute] ?? '').trim();
  const day = (attribute: ItopAttribute): IsoDate | null => {
    const value = text(attribute);
    const parsed = value === '' ? null : itopDay(value);
    if (value !== '' && parsed === null)
      fail(
        attribute,
        `expected an iTop date-time written YYYY-MM-DD HH:MM:SS (or DD/MM/YYYY HH:MM:SS), got ${describeValue(value)}`,
      );
    return parsed;
  };

  const ref = text('ref');
  if (ref === '') fail('ref', 'expected the ticket reference (e.g. R-012345), got an empty value');
  const title = text('title');
  if (title === '') fail('title', 'expected the ticket title, got an empty value');
  const status = itopStatus(text('status'));
  if (status === null)
    fail(
      'status',
      `expected an iTop status (new, assigned, pending, escalated_tto, escalated_ttr, resolved, closed, rejected, reopened…), got ${describeValue(text('status'))}`,
    );
  const openedOn = day('start_date');
  if (text('start_date') === '') fail('start_date', 'expected the opening date-time, got an empty value');
  const assignedOn = day('assignment_date');
  const resolvedOn = day('resolution_date');
  const closedOn = day('close_date');
  const updatedOn = day('last_update');

  const teamName = text('team_id_friendlyname');
  const current = teamName === '' ? null : classifyItopTeam(teamName);
  if (current?.kind === 'unknown')
    fail(
      'team_id_friendlyname',
      `expected a team named with SI2C or DRASI, or one of C2S Montpellier, DAF, Guérande, Intégrateur, got ${describeValue(teamName)}`,
    );
  const team = teamFromTitle(title) ?? (current?.kind === 'academie' ? current.team : null);
  if (team === null && title !== '')
    fail(
      'title',
      `expected a title starting with SI2C or DRASI, or a team (${name('team_id_friendlyname')}) of SI2C or DRASI, got ${describeValue(title)}${teamName ? ` with team ${describeValue(teamName)}` : ''}`,
    );
  const flag = normaliseLabel(text('escalation_flag'));
  if (!YES.has(flag) && !NO.has(flag))
    fail('escalation_flag', `expected yes or no, got ${describeValue(text('escalation_flag'))}`);
  const target =
    current?.kind === 'escalation'
      ? current.to
      : YES.has(flag)
        ? escalationTargetIn(text('escalation_reason'))
        : null;

  let uai: string | undefined;
  const [orgUai] = uaiTokens(text('org_id_friendlyname'));
  if (orgUai !== undefined) {
    const parsed = parseUai(orgUai, 'UAI');
    if (parsed.ok) uai = parsed.value;
    else
      fail(
        'org_id_friendlyname',
        `expected a valid UAI in the organisation's name: ${parsed.errors.map((e) => e.message.replace(/^UAI: /, '')).join('; ')}`,
      );
  } else {
    for (const token of uaiTokens(text('description'))) {
      const parsed = parseUai(token);
      if (parsed.ok) {
        uai = parsed.value;
        break;
      }
    }
  }
  if (errors.length > 0 || openedOn === null || status === null || team === null)
    return { ok: false, errors };

  const history: TicketEvent[] = [];
  let last: { on: IsoDate; attribute: ItopAttribute } = { on: openedOn, attribute: 'start_date' };
  const push = (event: TicketEvent, attribute: ItopAttribute): void => {
    if (event.on < last.on) {
      fail(attribute, `expected a date on or after ${name(last.attribute)} (${last.on}), got ${event.on}`);
      return;
    }
    history.push(event);
    last = { on: event.on, attribute };
  };
  const handOver = assignedOn ?? openedOn;
  const handOverField: ItopAttribute = assignedOn ? 'assignment_date' : 'start_date';
  if (current?.kind === 'academie' && current.team !== team)
    push({ kind: 'requalified', on: handOver, to: current.team }, handOverField);
  if (target) push({ kind: 'escalated', on: handOver, to: target }, handOverField);
  const kind = STATUS_CODES[status];
  if (kind === 'done') {
    const end: [IsoDate | null, ItopAttribute] = resolvedOn
      ? [resolvedOn, 'resolution_date']
      : closedOn
        ? [closedOn, 'close_date']
        : [status === 'rejected' ? updatedOn : null, 'last_update'];
    if (end[0] === null)
      fail('resolution_date', `expected the day the ${status} ticket was resolved, got an empty value`);
    else push({ kind: 'resolved', on: end[0] }, end[1]);
  } else if (kind === 'reopened' || resolvedOn !== null) {
    if (resolvedOn === null)
      fail('resolution_date', 'expected the day the reopened ticket was resolved, got an empty value');
    else {
      push({ kind: 'resolved', on: resolvedOn }, 'resolution_date');
      push(
        { kind: 'reopened', on: updatedOn && updatedOn > resolvedOn ? updatedOn : resolvedOn },
        'last_update',
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const service = text('service_name');
  const requester = requesterOf(text('caller_id_friendlyname'));
  const valid = validateTicket({
    ref,
    channel: 'itop',
    ...(service === '' ? {} : { service }),
    title,
    openedOn,
    ...(uai === undefined ? {} : { uai }),
    team,
    ...(requester === undefined ? {} : { requester }),
    history,
  });
  if (valid.ok) return { ok: true, ticket: valid.value };
  return {
    ok: false,
    errors: valid.errors.map((e) => ({
      line: source.line,
      field: e.field.replace(/^ticket\./, ''),
      reason: prefixed(source, e.message),
    })),
  };
}

function prefixed(source: ItopSource, reason: string): string {
  return source.where ? `${source.where}: ${reason}` : reason;
}

/** One record to map, with where it comes from. */
export interface ItopEntry {
  readonly record: ItopRecord;
  readonly source: ItopSource;
}

/**
 * Maps records in order with {@link mapItopTicket}: the tickets of the good ones with the line of
 * each, and every error of the others. A reference met a second time is an error on that record,
 * naming the first.
 */
export function mapItopTickets(entries: Iterable<ItopEntry>): {
  records: Ticket[];
  errors: RowError[];
  lines: number[];
} {
  const records: Ticket[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, string>();
  for (const { record, source } of entries) {
    const mapped = mapItopTicket(record, source);
    if (mapped.ok) {
      records.push(mapped.ticket);
      lines.push(source.line);
    } else errors.push(...mapped.errors);
    // Checked on the raw reference so that a bad record still claims its reference.
    const ref = (record.ref ?? '').trim();
    if (ref === '') continue;
    const first = seen.get(ref);
    if (first === undefined) seen.set(ref, source.where ?? `line ${source.line}`);
    else {
      if (mapped.ok) {
        records.pop();
        lines.pop();
      }
      errors.push({
        line: source.line,
        field: source.fieldName?.('ref') ?? 'ref',
        reason: prefixed(source, `expected a unique reference, got ${ref} again (first at ${first})`),
      });
    }
  }
  return { records, errors, lines };
}
