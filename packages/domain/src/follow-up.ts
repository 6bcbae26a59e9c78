import type { IsoDate } from './date.js';
import type { Uai } from './uai.js';

/** What was done for an EPLE in difficulty. */
export type FollowUpKind = 'visio' | 'tutoring' | 'call' | 'visit' | 'training';

/** A follow-up action recorded for an EPLE identified in difficulty. */
export interface FollowUp {
  readonly uai: Uai;
  readonly on: IsoDate;
  readonly kind: FollowUpKind;
  readonly note: string;
  /** Role or invented name of who recorded it. */
  readonly by?: string;
}
