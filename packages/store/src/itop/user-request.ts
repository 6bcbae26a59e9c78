import { OPALE_SERVICE, type Ticket, type TicketEvent, ticketText } from '@opale/domain';

// What a ticket of opale becomes in iTop's UserRequest, and each change of its history: pure
// request building, the sending is the outbox's.

/** The words that name each escalation target in iTop's escalation_reason, as the sync reads them back. */
const ESCALATION_NAMES: Readonly<Record<string, string>> = {
  'c2s-montpellier': 'C2S Montpellier',
  daf: 'DAF',
  guerande: 'Guérande',
  integrator: 'Intégrateur',
};

/**
 * The marker written in the description of every request opale creates: iTop lets opale find it
 * again by OQL, so that a creation whose answer was lost is never made twice.
 */
export function opaleMarker(ref: string): string {
  return `opale:${ref}`;
}

/** A string as an OQL literal: quoted, its backslashes and quotes escaped. */
export function oqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The body as iTop's description holds it: HTML (an AttributeHTML since iTop 2.3), so that each
 * element keeps its line; the text escaped, the lines joined by `<br>`.
 */
export function htmlOf(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p>${escaped.split('\n').join('<br>')}</p>`;
}

/** The OQL that finds the request opale created for `ref`, by its marker. */
export function markerQuery(ref: string): string {
  return `SELECT UserRequest WHERE description LIKE ${oqlString(`%${opaleMarker(ref)}%`)}`;
}

/** The OQL of the request of that iTop reference (`R-012345`). */
export function refQuery(itopRef: string): string {
  return `SELECT UserRequest WHERE ref = ${oqlString(itopRef)}`;
}

/** The OQL of the iTop team of an académie team: a team named as the team itself (see the README). */
export function teamQuery(team: string): string {
  return `SELECT Team WHERE name = ${oqlString(team)}`;
}

/** The fields iTop answers for the requests opale writes and reads back. */
export const WRITTEN_OUTPUT_FIELDS = 'id,ref,status,last_update';

/**
 * The `core/create` of a ticket's UserRequest: the title with its team prefix, the caller (by
 * name and first name), the organisation (by its code, the UAI), the service op@le, the team the
 * prefix routes to, and a description holding every element of the checklist and the marker.
 */
export function createOperation(ticket: Ticket): Record<string, unknown> {
  const text = ticketText(ticket, [`Référence opale : ${opaleMarker(ticket.ref)}`]);
  const requester = ticket.requester ?? {};
  const caller =
    requester.lastName !== undefined
      ? {
          caller_id: {
            name: requester.lastName,
            ...(requester.firstName !== undefined ? { first_name: requester.firstName } : {}),
          },
        }
      : {};
  return {
    operation: 'core/create',
    comment: `opale: ticket ${ticket.ref} opened`,
    class: 'UserRequest',
    output_fields: WRITTEN_OUTPUT_FIELDS,
    fields: {
      title: text.title,
      description: htmlOf(text.body),
      ...(ticket.uai !== undefined
        ? { org_id: `SELECT Organization WHERE code = ${oqlString(ticket.uai)}` }
        : {}),
      ...caller,
      service_id: `SELECT Service WHERE name = ${oqlString(ticket.service ?? OPALE_SERVICE)}`,
      team_id: teamQuery(ticket.team),
    },
  };
}

/** A change of opale's history as iTop knows it: an update of fields, or a stimulus of its life cycle. */
export type ItopChange =
  | { readonly kind: 'update'; readonly fields: Record<string, string> }
  | {
      readonly kind: 'stimulus';
      readonly stimulus: string;
      readonly fields: Record<string, string>;
      /** The statuses in which the change is already made: then nothing is sent again. */
      readonly doneIn: readonly string[];
    };

const CLOSED = ['resolved', 'closed', 'rejected'];
const OPEN = [
  'new',
  'assigned',
  'pending',
  'escalated_tto',
  'escalated_ttr',
  'reopened',
  'waiting_for_approval',
  'approved',
  'dispatched',
  'redispatched',
];

/**
 * The iTop change of one event: a requalification or a return changes the team (`team_id`), an
 * escalation sets `escalation_flag` and names the level in `escalation_reason` (as the sync reads
 * it back), a resolution applies `ev_resolve` with a `solution`, a reopening `ev_reopen`.
 */
export function changeOf(event: TicketEvent): ItopChange {
  const by = event.by ? ` par ${event.by}` : '';
  switch (event.kind) {
    case 'requalified':
    case 'returned':
      return { kind: 'update', fields: { team_id: teamQuery(event.to) } };
    case 'escalated':
      return {
        kind: 'update',
        fields: {
          escalation_flag: 'yes',
          escalation_reason: `Escalade vers ${ESCALATION_NAMES[event.to] ?? event.to} (opale, le ${event.on}${by})`,
        },
      };
    case 'resolved':
      return {
        kind: 'stimulus',
        stimulus: 'ev_resolve',
        fields: { solution: `Résolu dans opale le ${event.on}${by}.` },
        doneIn: CLOSED,
      };
    case 'reopened':
      return { kind: 'stimulus', stimulus: 'ev_reopen', fields: {}, doneIn: OPEN };
  }
}

/** The `core/update` or `core/apply_stimulus` of a change, on the request of that key (id or OQL). */
export function changeOperation(ref: string, key: string, event: TicketEvent): Record<string, unknown> {
  const change = changeOf(event);
  const common = {
    comment: `opale: ticket ${ref} ${event.kind}${event.by ? ` by ${event.by}` : ''}`,
    class: 'UserRequest',
    key,
    output_fields: WRITTEN_OUTPUT_FIELDS,
    fields: change.fields,
  };
  return change.kind === 'update'
    ? { operation: 'core/update', ...common }
    : { operation: 'core/apply_stimulus', ...common, stimulus: change.stimulus };
}
