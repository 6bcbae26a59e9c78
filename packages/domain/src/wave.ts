import { daysBetween, type IsoDate } from './date.js';

/** One change of a milestone, decided on a day: its fields as they are from that day on. */
export interface MilestoneChange {
  /** The day the change was decided; absent for what was known from the origin. */
  readonly on?: IsoDate | undefined;
  readonly kind: MilestoneKind;
  readonly label: string;
  readonly dueOn: IsoDate;
  readonly doneOn?: IsoDate | undefined;
  /** Who recorded the change, and when (an ISO timestamp). */
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** Wave identifier as the académie writes it: `V1` … `V12`. */
export type WaveId = string;

/** The kinds of milestone a wave's calendar can hold. */
export const MILESTONE_KINDS = [
  'eple-informed',
  'eple-created',
  'budget-circular',
  'first-training',
  'reminder',
  'bascule',
  'other',
] as const;

/** What a milestone of a wave's calendar is about. */
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/**
 * One dated step of a wave's calendar; `doneOn` is absent until it happened. The stored records
 * carry the milestone's identity, its version and the dated changes it was recorded with (see
 * `milestone-history.ts`); its fields are then those of its latest change. A milestone without
 * history is known as it is from the origin (the demo records).
 */
export interface Milestone {
  /** Stable identity, e.g. `V6-2`; absent, the milestone is named by its wave and position. */
  readonly id?: string | undefined;
  /** The version a change must be based on: 1 when recorded, +1 at each change. */
  readonly version?: number | undefined;
  /** Every change recorded, in the order recorded; absent or empty: known from the origin. */
  readonly history?: readonly MilestoneChange[] | undefined;
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

/** Orders waves by bascule date, then by number; usable with `Array.prototype.sort`. */
export function compareWaves(a: Wave, b: Wave): number {
  if (a.switchDate !== b.switchDate) return a.switchDate < b.switchDate ? -1 : 1;
  return a.number - b.number;
}

/** Where a milestone stands on a given day. */
export type MilestoneState = 'done' | 'done-late' | 'late' | 'upcoming';

/** A milestone with its state as of a day. */
export interface MilestoneStatus extends Milestone {
  readonly state: MilestoneState;
  /** Days past `dueOn`: until `asOf` when late, until `doneOn` when done late; 0 otherwise. */
  readonly daysLate: number;
}

/**
 * The state of a milestone as of `asOf`. A `doneOn` later than `asOf` is ignored, and left out
 * of the status, so that a committee replayed at an earlier date sees what it saw then. A
 * milestone due on `asOf` itself is not late yet.
 */
export function milestoneStatus(m: Milestone, asOf: IsoDate): MilestoneStatus {
  if (m.doneOn !== undefined && m.doneOn <= asOf) {
    const late = Math.max(0, daysBetween(m.dueOn, m.doneOn));
    return { ...m, state: late > 0 ? 'done-late' : 'done', daysLate: late };
  }
  const { doneOn: _later, ...asThen } = m;
  if (m.dueOn < asOf) return { ...asThen, state: 'late', daysLate: daysBetween(m.dueOn, asOf) };
  return { ...asThen, state: 'upcoming', daysLate: 0 };
}

/** Whether the wave's bascule has happened on or before `asOf`. */
export function hasSwitched(wave: Wave, asOf: IsoDate): boolean {
  return wave.switchDate <= asOf;
}

/**
 * How the first budget of a wave is prepared: `opale` when the wave switches in January, with
 * the budget year; `gfc-opale-format` when it switches mid-year and the year's budget was
 * prepared under GFC in op@le format.
 */
export type BudgetMode = 'opale' | 'gfc-opale-format';

/**
 * The budget mode of a wave. Any bascule outside January falls in a budget year already started
 * under GFC, so only January waves get a budget prepared in op@le.
 */
export function budgetMode(wave: Wave): BudgetMode {
  return wave.switchDate.slice(5, 7) === '01' ? 'opale' : 'gfc-opale-format';
}

/** The latest wave whose bascule happened on or before `asOf`; `null` before the first one. */
export function currentWave(waves: readonly Wave[], asOf: IsoDate): Wave | null {
  let current: Wave | null = null;
  for (const w of waves) {
    if (hasSwitched(w, asOf) && (current === null || compareWaves(w, current) > 0)) current = w;
  }
  return current;
}
