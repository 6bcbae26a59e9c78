import type { IsoDate } from './date.js';
import { FieldReader, knownUai } from './fields.js';
import { fromErrors, type Result } from './result.js';
import type { Uai } from './uai.js';

/** How serious an alert of a restitution op@le is. */
export const RESTITUTION_SEVERITIES = ['warning', 'critical'] as const;
export type RestitutionSeverity = (typeof RESTITUTION_SEVERITIES)[number];

/** The severities as the académie's teams name them. */
export const RESTITUTION_SEVERITY_LABELS: Record<RestitutionSeverity, string> = {
  warning: 'Avertissement',
  critical: 'Critique',
};

/**
 * An alert drawn from a restitution op@le (a report of op@le on an EPLE's activity). Its identity
 * is the EPLE, the restitution and the day it was raised ({@link restitutionAlertId}): a
 * restitution raises one alert a day on an EPLE, and a file that says it again speaks of the same.
 */
export interface RestitutionAlert {
  readonly uai: Uai;
  /** Day the alert was raised (relevée). */
  readonly on: IsoDate;
  /** Name of the restitution, e.g. "Balance générale". */
  readonly report: string;
  readonly severity: RestitutionSeverity;
  readonly message: string;
  /** Day the alert was cleared (levée), if it was. */
  readonly clearedOn?: IsoDate;
}

/** Validates a restitution alert: a known EPLE, dates, severity; cleared on or after it was raised. */
export function validateRestitutionAlert(
  input: unknown,
  ctx: { eple: ReadonlySet<Uai> },
  field = 'restitution',
): Result<RestitutionAlert> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const uai = knownUai(r, ctx.eple);
  const value: RestitutionAlert = {
    uai,
    on: r.date('on'),
    report: r.text('report'),
    severity: r.oneOf('severity', RESTITUTION_SEVERITIES),
    message: r.text('message'),
    clearedOn: r.optionalDate('clearedOn'),
  };
  if (value.clearedOn && value.on && value.clearedOn < value.on) {
    r.error('clearedOn', 'inconsistent', `expected a day on or after on (${value.on})`);
  }
  return fromErrors(r.errors, () => value);
}

/** The fields that make an alert's identity. */
export type RestitutionAlertKey = Pick<RestitutionAlert, 'uai' | 'report' | 'on'>;

/**
 * An alert's identity as one string, `UAI/raised day/restitution` (e.g.
 * `0801234X/2024-01-08/Balance générale`): the EPLE, the day it was raised and the restitution.
 */
export function restitutionAlertId(a: RestitutionAlertKey): string {
  return `${a.uai}/${a.on}/${a.report}`;
}

/**
 * Whether the alert is active as of `asOf`: raised on or before that day and not cleared on or
 * before it. The one definition the difficulty rule and the lists share, so that they agree.
 */
export function isRestitutionAlertActive(a: RestitutionAlert, asOf: IsoDate): boolean {
  return a.on <= asOf && (a.clearedOn === undefined || a.clearedOn > asOf);
}
