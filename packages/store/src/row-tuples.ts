import type { AcademieTeam, KitEvent, Ticket, TicketEvent } from '@opale/domain';
import type { Selectable } from 'kysely';
import type { Database } from './schema.js';

// The three tables that hold hundreds of thousands of rows at national scale are read as arrays
// of the columns a record needs, not as objects of every column: a row object per row, kept until
// the records are built, was a third of the time of a full read and most of its garbage.

type Row<T extends keyof Database> = Selectable<Database[T]>;

/** The values of `columns` of a row of table `T`, in that order: what a select of them gives as an array. */
export type Tuple<T extends keyof Database, C extends readonly (keyof Row<T>)[]> = {
  -readonly [I in keyof C]: Row<T>[C[I]];
};

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** Gives the copy of a value kept for the read (see {@link sharedStrings}); null stays null. */
export type Shared = <S extends string | null>(value: S) => S;

/** Every value as it came: for reads of a few rows. */
export const asRead: Shared = (value) => value;

/**
 * One copy of each value, kept for one read. A column like a day, a UAI or a team holds a few
 * thousand values over hundreds of thousands of rows, and each row read makes a new string: kept
 * one per row, they were millions of strings for the collector to copy and mark, and hundreds of MiB.
 */
export function sharedStrings(): Shared {
  const kept = new Map<string, string>();
  return <S extends string | null>(value: S): S => {
    if (value === null) return value;
    const copy = kept.get(value);
    if (copy !== undefined) return copy as S;
    kept.set(value, value);
    return value;
  };
}

/** The columns a ticket is built from, in the order {@link ticketOf} reads them. */
export const TICKET_COLUMNS = [
  'ref',
  'channel',
  'service',
  'title',
  'opened_on',
  'uai',
  'team',
  'requester_last_name',
  'requester_first_name',
  'requester_function',
  'environment',
  'sphere',
  'operations',
  'screenshots',
  'screenshot_names',
  'error_message',
] as const;

/** A ticket's requester from the values of its three columns, or none when they are all null. */
export function requesterOf(
  lastName: string | null,
  firstName: string | null,
  fn: string | null,
  same: Shared = asRead,
): Ticket['requester'] {
  return lastName !== null || firstName !== null || fn !== null
    ? { lastName: opt(same(lastName)), firstName: opt(same(firstName)), function: opt(same(fn)) }
    : undefined;
}

/**
 * A ticket from the values of {@link TICKET_COLUMNS}, with its history; its repeated values
 * through `same`, its requester given when the caller shares one between tickets.
 */
export function ticketOf(
  row: Tuple<'tickets', typeof TICKET_COLUMNS>,
  history: TicketEvent[],
  same: Shared = asRead,
  requester: Ticket['requester'] = requesterOf(row[7], row[8], row[9], same),
): Ticket {
  // Read by index, not destructured: a third of a million tickets are built at national scale.
  const ref = row[0];
  const channel = row[1];
  const service = row[2];
  const title = row[3];
  const openedOn = row[4];
  const uai = row[5];
  const team = row[6];
  const environment = row[10];
  const sphere = row[11];
  const operations = row[12];
  const screenshots = row[13];
  const names = row[14];
  const errorMessage = row[15];
  return {
    ref,
    channel: same(channel) as Ticket['channel'],
    service: opt(same(service)),
    title: same(title),
    openedOn: same(openedOn),
    uai: opt(same(uai)),
    team: same(team) as AcademieTeam,
    requester,
    environment: opt(same(environment)) as Ticket['environment'],
    sphere: opt(same(sphere)) as Ticket['sphere'],
    operations: opt(same(operations)),
    screenshots: opt(screenshots),
    screenshotNames: names === null ? undefined : (JSON.parse(names) as string[]),
    errorMessage: opt(errorMessage),
    history,
  };
}

/** The columns a ticket's change is built from, after its ticket's ref, in the order {@link ticketEventOf} reads them. */
export const TICKET_EVENT_COLUMNS = ['ticket_ref', 'kind', 'on_date', 'target', 'by'] as const;

// Events are built with one fixed shape per kind (the same properties, in the same order): the
// domain replays hundreds of thousands of them, and uniform objects keep that loop fast.
/** A ticket's change from the values of {@link TICKET_EVENT_COLUMNS}; its repeated values through `same`. */
export function ticketEventOf(
  row: Tuple<'ticket_events', typeof TICKET_EVENT_COLUMNS>,
  same: Shared = asRead,
): TicketEvent {
  const kind = same(row[1]);
  const on = same(row[2]);
  const target = same(row[3]);
  const by = opt(same(row[4]));
  switch (kind) {
    case 'requalified':
    case 'returned':
      return { kind, on, to: target as AcademieTeam, by };
    case 'escalated':
      return { kind: 'escalated', on, to: target as Extract<TicketEvent, { kind: 'escalated' }>['to'], by };
    default:
      return { kind: kind as 'resolved' | 'reopened', on, by };
  }
}

/** The columns a kit event is built from, after its id (the order recorded), in the order {@link kitEventOf} reads them. */
export const KIT_EVENT_COLUMNS = ['id', 'uai', 'action_id', 'kind', 'on_date'] as const;

/** A kit event from the values of {@link KIT_EVENT_COLUMNS}; its repeated values through `same`. */
export function kitEventOf(
  row: Tuple<'kit_events', typeof KIT_EVENT_COLUMNS>,
  same: Shared = asRead,
): KitEvent {
  const [, uai, actionId, kind, on] = row;
  return { uai: same(uai), actionId: same(actionId), kind: same(kind), on: same(on) };
}

/** The values of `columns` of a row read as an object: the object-reading paths build records the same way. */
export function tupleOf<R, const C extends readonly (keyof R)[]>(
  row: R,
  columns: C,
): { -readonly [I in keyof C]: R[C[I]] } {
  return columns.map((c) => row[c]) as { -readonly [I in keyof C]: R[C[I]] };
}
