import type { IsoDate } from './date.js';
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
