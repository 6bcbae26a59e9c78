import type { IsoDate } from './date.js';
import { FieldReader, knownUai } from './fields.js';
import { fromErrors, type Result } from './result.js';
import type { Uai } from './uai.js';

/** An alert drawn from a restitution op@le (a report of op@le on an EPLE's activity). */
export interface RestitutionAlert {
  readonly uai: Uai;
  readonly on: IsoDate;
  /** Name of the restitution, e.g. "Balance générale". */
  readonly report: string;
  readonly severity: 'warning' | 'critical';
  readonly message: string;
  /** Day the alert was cleared, if it was. */
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
    severity: r.oneOf('severity', ['warning', 'critical'] as const),
    message: r.text('message'),
    clearedOn: r.optionalDate('clearedOn'),
  };
  if (value.clearedOn && value.on && value.clearedOn < value.on) {
    r.error('clearedOn', 'inconsistent', `expected a day on or after on (${value.on})`);
  }
  return fromErrors(r.errors, () => value);
}
