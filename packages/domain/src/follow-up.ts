import type { IsoDate } from './date.js';
import { FieldReader, knownUai } from './fields.js';
import { fromErrors, type Result } from './result.js';
import type { Uai } from './uai.js';

/** Every kind of follow-up action, as the API and the forms offer them. */
export const FOLLOW_UP_KINDS = ['visio', 'tutoring', 'call', 'visit', 'training'] as const;
/** What was done for an EPLE in difficulty. */
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** A follow-up action recorded for an EPLE identified in difficulty. */
export interface FollowUp {
  readonly uai: Uai;
  readonly on: IsoDate;
  readonly kind: FollowUpKind;
  readonly note: string;
  /** Role or invented name of who recorded it. */
  readonly by?: string;
}

/** The follow-up kinds as the académie's teams name them. */
export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  visio: 'Visio ciblée',
  tutoring: 'Tutorat',
  call: 'Appel',
  visit: 'Visite',
  training: 'Formation',
};

/** Validates a follow-up action: a known EPLE, a day, a kind, a note. */
export function validateFollowUp(
  input: unknown,
  ctx: { eple: ReadonlySet<Uai> },
  field = 'followUp',
): Result<FollowUp> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const value: FollowUp = {
    uai: knownUai(r, ctx.eple),
    on: r.date('on'),
    kind: r.oneOf('kind', FOLLOW_UP_KINDS),
    note: r.text('note'),
    by: r.optionalText('by'),
  };
  return fromErrors(r.errors, () => value);
}
