import { type IsoDate, isIsoDate } from './date.js';
import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { domainError, fromErrors, type Result } from './result.js';
import { validateScreenshotNames } from './screenshot.js';
import {
  ACADEMIE_TEAMS,
  ENVIRONMENTS,
  ESCALATION_TARGETS,
  type Requester,
  SPHERES,
  TICKET_CHANNELS,
  TICKET_EVENT_KINDS,
  type Ticket,
  type TicketEvent,
  teamFromTitle,
} from './ticket.js';
import { parseUai } from './uai.js';

// Where a ticket stands while its history is checked, to reject impossible sequences.
interface Replay {
  open: boolean;
  escalated: boolean;
  lastOn: IsoDate;
}

function readDate(r: FieldReader, key: string): IsoDate {
  const v = r.value(key);
  if (isIsoDate(v)) return v;
  // Only strings are quoted back: an odd object (circular, with a throwing toJSON) must not
  // make the validator throw while describing it.
  if (typeof v === 'string' || v === undefined) return r.date(key);
  r.error(
    key,
    'invalid_date',
    `expected a calendar date written YYYY-MM-DD (e.g. 2024-01-19), got ${describe(v)}`,
  );
  return '';
}

function optionalOneOf<T extends string>(r: FieldReader, key: string, allowed: readonly T[]): T | undefined {
  const v = r.value(key);
  return v === undefined || v === null ? undefined : r.oneOf(key, allowed);
}

function readRequester(input: unknown, field: string, errors: FieldReader['errors']): Requester | undefined {
  if (input === undefined || input === null) return undefined;
  const r = new FieldReader(input, field);
  const requester: Requester = {
    ...optional('lastName', r.optionalText('lastName')),
    ...optional('firstName', r.optionalText('firstName')),
    ...optional('function', r.optionalText('function')),
  };
  errors.push(...r.errors);
  return requester;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

function readEvent(
  input: unknown,
  field: string,
  state: Replay,
  errors: FieldReader['errors'],
): TicketEvent | null {
  const r = new FieldReader(input, field);
  if (!r.ok) {
    errors.push(...r.errors);
    return null;
  }
  const kind = r.oneOf('kind', TICKET_EVENT_KINDS);
  const known = r.errors.length === 0;
  const on = readDate(r, 'on');
  if (on !== '' && state.lastOn !== '' && on < state.lastOn) {
    r.error(
      'on',
      'inconsistent',
      `expected a date on or after ${state.lastOn} (the opening or the previous event)`,
    );
  }
  const by = optional('by', r.optionalText('by'));
  let event: TicketEvent | null = null;
  if (known) {
    switch (kind) {
      case 'requalified':
        event = { kind, on, to: r.oneOf('to', ACADEMIE_TEAMS), ...by };
        break;
      case 'escalated':
        if (state.escalated)
          r.error(
            'kind',
            'rule_violation',
            'the ticket is already escalated: return it before escalating it again',
          );
        event = { kind, on, to: r.oneOf('to', ESCALATION_TARGETS), ...by };
        state.escalated = true;
        break;
      case 'returned':
        if (!state.escalated) r.error('kind', 'rule_violation', 'only an escalated ticket can be returned');
        event = { kind, on, to: r.oneOf('to', ACADEMIE_TEAMS), ...by };
        state.escalated = false;
        break;
      case 'resolved':
        if (!state.open) r.error('kind', 'rule_violation', 'the ticket is already resolved: reopen it first');
        event = { kind, on, ...by };
        state.open = false;
        break;
      case 'reopened':
        if (state.open) r.error('kind', 'rule_violation', 'only a resolved ticket can be reopened');
        event = { kind, on, ...by };
        state.open = true;
        break;
    }
  }
  if (on !== '' && on > state.lastOn) state.lastOn = on;
  errors.push(...r.errors);
  return event;
}

function readHistory(
  input: unknown,
  field: string,
  openedOn: IsoDate,
  errors: FieldReader['errors'],
): TicketEvent[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    errors.push({
      field,
      code: 'invalid_format',
      message: `${field}: expected a list of events, got ${describe(input)}`,
    });
    return [];
  }
  const state: Replay = { open: true, escalated: false, lastOn: openedOn };
  const history: TicketEvent[] = [];
  for (let i = 0; i < input.length; i += 1) {
    const event = readEvent(input[i], `${field}[${i}]`, state, errors);
    if (event) history.push(event);
  }
  return history;
}

// The names, when given, fix the count: a count that says otherwise is an error, not a guess.
function readScreenshotNames(r: FieldReader, count: number | undefined): string[] | undefined {
  const raw = r.value('screenshotNames');
  if (raw === undefined || raw === null) return undefined;
  const names = validateScreenshotNames(raw, r.path('screenshotNames'));
  if (!names.ok) {
    r.errors.push(...names.errors);
    return undefined;
  }
  if (count !== undefined && count !== names.value.length)
    r.errors.push(
      domainError(
        r.path('screenshots'),
        'inconsistent',
        `${r.path('screenshots')}: expected ${names.value.length}, the number of screenshots named, got ${count}`,
      ),
    );
  return names.value;
}

/**
 * Validates an untrusted ticket record and returns a normalised copy (texts trimmed, UAI
 * upper-cased, unknown keys dropped), or every error with the path of its field, such as
 * `ticket.history[2].on`. A missing team is taken from the title's prefix; a missing history is
 * empty. Screenshots named (`screenshotNames`) set their count (`screenshots`). The history
 * must be in date order, from the opening on, and possible: resolve only an open ticket, reopen
 * only a resolved one, escalate only once until returned. Never throws.
 */
export function validateTicket(input: unknown, field = 'ticket'): Result<Ticket> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const ref = r.text('ref');
  const channel = r.oneOf('channel', TICKET_CHANNELS);
  const service = r.optionalText('service');
  const rawTitle = r.value('title');
  if (typeof rawTitle !== 'string')
    r.error('title', 'required', `expected a text, got ${describe(rawTitle)}`);
  const title = typeof rawTitle === 'string' ? rawTitle.trim() : '';
  const openedOn = readDate(r, 'openedOn');
  let uai: string | undefined;
  const rawUai = r.value('uai');
  if (rawUai !== undefined && rawUai !== null) {
    const parsed = parseUai(rawUai, r.path('uai'));
    if (parsed.ok) uai = parsed.value;
    else r.errors.push(...parsed.errors);
  }
  const rawTeam = r.value('team');
  const titleTeam = teamFromTitle(title);
  let team = titleTeam ?? 'SI2C';
  if (rawTeam !== undefined && rawTeam !== null) team = r.oneOf('team', ACADEMIE_TEAMS);
  else if (titleTeam === null)
    r.error('team', 'required', 'expected SI2C or DRASI, or a title starting with one of them');
  const requester = readRequester(r.value('requester'), r.path('requester'), r.errors);
  const environment = optionalOneOf(r, 'environment', ENVIRONMENTS);
  const sphere = optionalOneOf(r, 'sphere', SPHERES);
  const operations = r.optionalText('operations');
  const rawShots = r.value('screenshots');
  let screenshots = rawShots === undefined || rawShots === null ? undefined : r.integer('screenshots', 0);
  const screenshotNames = readScreenshotNames(r, screenshots);
  screenshots = screenshotNames?.length ?? screenshots;
  const errorMessage = r.optionalText('errorMessage');
  const history = readHistory(r.value('history'), r.path('history'), openedOn, r.errors);
  return fromErrors(r.errors, () => ({
    ref,
    channel,
    ...optional('service', service),
    title,
    openedOn,
    ...optional('uai', uai),
    team,
    ...optional('requester', requester),
    ...optional('environment', environment),
    ...optional('sphere', sphere),
    ...optional('operations', operations),
    ...optional('screenshots', screenshots),
    ...optional('screenshotNames', screenshotNames),
    ...optional('errorMessage', errorMessage),
    history,
  }));
}
