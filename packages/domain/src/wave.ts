import type { IsoDate } from './date.js';

/** Wave identifier as the académie writes it: `V1` … `V12`. */
export type WaveId = string;

/** What a milestone of a wave's calendar is about. */
export type MilestoneKind =
  | 'eple-informed'
  | 'eple-created'
  | 'budget-circular'
  | 'first-training'
  | 'reminder'
  | 'bascule'
  | 'other';

/** One dated step of a wave's calendar; `doneOn` is absent until it happened. */
export interface Milestone {
  readonly kind: MilestoneKind;
  /** French label shown to users, e.g. "Création des EPLE dans op@le par le ministère". */
  readonly label: string;
  readonly dueOn: IsoDate;
  readonly doneOn?: IsoDate | undefined;
}

/** A dated batch of EPLE switching from GFC to op@le together (vague). */
export interface Wave {
  readonly id: WaveId;
  /** Order of the wave: 1 for V1. */
  readonly number: number;
  /** Day of the bascule. */
  readonly switchDate: IsoDate;
  /** EPLE announced for the wave; `null` when the slides give none (V9). */
  readonly plannedCount: number | null;
  readonly milestones: readonly Milestone[];
}
