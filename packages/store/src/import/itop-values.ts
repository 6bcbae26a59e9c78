import type { AcademieTeam, EscalationTarget, IsoDate, Requester } from '@opale/domain';
import { isIsoDate } from '@opale/domain';

// The values of iTop's UserRequest as the import reads them: statuses, date-times, team names, UAI.

/** Where a status leaves a ticket: still open, finished, or open again after a resolution. */
export type StatusKind = 'open' | 'done' | 'reopened';
// Codes of the ITIL UserRequest lifecycle, `reopened` for instances that add it, and the French
// labels of a localised export. escalated_tto/ttr are SLA overruns, not a hand-over: still open.
/** The kind of every status code the import knows. */
export const STATUS_CODES: Readonly<Record<string, StatusKind>> = {
  new: 'open',
  waiting_for_approval: 'open',
  approved: 'open',
  assigned: 'open',
  pending: 'open',
  escalated_tto: 'open',
  escalated_ttr: 'open',
  resolved: 'done',
  closed: 'done',
  rejected: 'done',
  reopened: 'reopened',
};
const STATUS_LABELS: Readonly<Record<string, string>> = {
  nouveau: 'new',
  nouvelle: 'new',
  'en attente d approbation': 'waiting_for_approval',
  approuvee: 'approved',
  assignee: 'assigned',
  assigne: 'assigned',
  'en attente': 'pending',
  'escalade tto': 'escalated_tto',
  'escalade ttr': 'escalated_ttr',
  resolue: 'resolved',
  resolu: 'resolved',
  fermee: 'closed',
  ferme: 'closed',
  clos: 'closed',
  rejetee: 'rejected',
  rejete: 'rejected',
  reouverte: 'reopened',
  're ouverte': 'reopened',
  reouvert: 'reopened',
};

/** Lower case, no accents, one space for any run of blanks, apostrophes, dashes or underscores. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’_-]+/g, ' ')
    .trim();
}

/** The iTop status code of a code or French label (`Résolue` → `resolved`), or null. */
export function itopStatus(value: string): string | null {
  const key = normaliseLabel(value);
  const code = key.replace(/ /g, '_');
  if (code in STATUS_CODES) return code;
  return STATUS_LABELS[key] ?? null;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const FRENCH_DATE_TIME = /^(\d{2})\/(\d{2})\/(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The calendar day of an iTop date-time (`2024-01-19 17:42:05`, or `19/01/2024 17:42` as a French
 * export writes it). iTop writes them in the académie's time zone, which is the day the committee
 * counts: the day is kept as written, never converted. `null` when the text is not such a date.
 */
export function itopDay(value: string): IsoDate | null {
  const iso = ISO_DATE_TIME.exec(value);
  const fr = iso ? null : FRENCH_DATE_TIME.exec(value);
  const day = iso ? iso[1] : fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : null;
  const [h, m, s] = iso ? iso.slice(2) : fr ? fr.slice(4) : [];
  if (!isIsoDate(day)) return null;
  const timeOk = Number(h ?? 0) <= 23 && Number(m ?? 0) <= 59 && Number(s ?? 0) <= 59;
  return timeOk ? day : null;
}

/** What an iTop team name says: an académie team, a level beyond it, or nothing known. */
export type ItopTeam =
  | { readonly kind: 'academie'; readonly team: AcademieTeam }
  | { readonly kind: 'escalation'; readonly to: EscalationTarget }
  | { readonly kind: 'unknown' };

const TARGETS: readonly [RegExp, EscalationTarget][] = [
  [/\bC2S\b|MONTPELLIER/, 'c2s-montpellier'],
  [/\bDAF\b/, 'daf'],
  [/GUERANDE/, 'guerande'],
  [/INTEGRAT(?:EUR|OR)/, 'integrator'],
];

function plainUpper(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/** The level of assistance a text names: C2S Montpellier, DAF, Guérande or the integrator. */
export function escalationTargetIn(text: string): EscalationTarget | null {
  const upper = plainUpper(text);
  for (const [pattern, target] of TARGETS) if (pattern.test(upper)) return target;
  return null;
}

/** Classifies an iTop team name: SI2C or DRASI in its name, else a level beyond the académie. */
export function classifyItopTeam(name: string): ItopTeam {
  const upper = plainUpper(name);
  const si2c = /\bSI2C\b/.test(upper);
  const drasi = /\bDRASI\b/.test(upper);
  if (si2c !== drasi) return { kind: 'academie', team: si2c ? 'SI2C' : 'DRASI' };
  if (si2c) return { kind: 'unknown' };
  const to = escalationTargetIn(name);
  return to ? { kind: 'escalation', to } : { kind: 'unknown' };
}

const UAI_TOKEN = /(?<![\p{L}\p{N}])\d{7}[A-Za-z](?![\p{L}\p{N}])/gu;

/** The UAI-shaped words (7 digits and a letter) of a text, HTML tags ignored. */
export function uaiTokens(text: string): string[] {
  return [...text.replace(/<[^>]*>/g, ' ').matchAll(UAI_TOKEN)].map((m) => m[0]);
}

// iTop names a Person "first_name name": the first word is taken for the first name, the rest for
// the last name, since French last names hold spaces ("de la Tour") more often than first names.
/** The requester named by a caller's friendly name; none for a blank or a bare id. */
export function requesterOf(name: string): Requester | undefined {
  if (name === '' || /^\d+$/.test(name)) return undefined;
  const [first, ...rest] = name.split(/\s+/);
  return rest.length === 0 ? { lastName: first as string } : { firstName: first, lastName: rest.join(' ') };
}

/** Values of `escalation_flag` read as yes, and as no (blank included). */
export const YES = new Set(['yes', 'oui', 'true', '1']);
export const NO = new Set(['', 'no', 'non', 'false', '0']);
