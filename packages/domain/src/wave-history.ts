import type { IsoDate } from './date.js';
import type { Eple } from './eple.js';
import type { Uai } from './uai.js';
import type { Wave, WaveId } from './wave.js';

/** The day a change of the plan was decided, who recorded it and when (an ISO timestamp). */
export interface PlanDecision {
  /** The day the change was decided: figures as of that day and later see it, earlier ones never. */
  readonly on: IsoDate;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** An EPLE moved from one wave to another. */
export interface EpleWaveChange extends PlanDecision {
  readonly kind: 'eple-wave';
  readonly uai: Uai;
  readonly from: WaveId;
  readonly to: WaveId;
}

/** A wave's bascule moved to another day. */
export interface SwitchDateChange extends PlanDecision {
  readonly kind: 'switch-date';
  readonly waveId: WaveId;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * One dated change of the roll-out plan. The records' EPLE and waves hold the plan as it stands
 * after every change; the changes keep what held before, so that a past day's figures can be
 * computed as they were (see {@link planAsOf}).
 */
export type WaveChange = EpleWaveChange | SwitchDateChange;

/** The records a plan is read from: the dataset's EPLE, waves and their changes. */
export interface PlanRecords {
  readonly eple: readonly Eple[];
  readonly waves: readonly Wave[];
  readonly waveChanges?: readonly WaveChange[] | undefined;
}

/**
 * The changes in the order they take effect: by the day decided, and changes decided on the same
 * day in the order they were recorded (a change recorded late but decided early takes its place
 * by its day), as a milestone's changes do.
 */
export function waveChangesInEffect<C extends WaveChange>(changes: readonly C[]): C[] {
  // Array.prototype.sort is stable: same-day changes keep their recorded order.
  return [...changes].sort((a, b) => a.on.localeCompare(b.on));
}

/**
 * The records with the EPLE's waves and the waves' bascules as the plan held them on `asOf`.
 *
 * Why the records hold the latest plan and the changes the earlier ones: every caller that reads
 * today's plan keeps reading `eple[].waveId` and `waves[].switchDate` as they are, and a records
 * set without changes (the demo, the tests) is its own plan on every day. A past day undoes the
 * changes decided after it: each EPLE (each wave) takes the `from` of its first such change.
 * Nothing decided after `asOf` is applied, so that a committee's report never changes when the
 * plan does later. The same object is answered when no change was decided after `asOf`.
 */
export function planAsOf<D extends PlanRecords>(dataset: D, asOf: IsoDate): D {
  const later = waveChangesInEffect(dataset.waveChanges ?? []).filter((c) => c.on > asOf);
  if (later.length === 0) return dataset;
  const waveThen = new Map<Uai, WaveId>();
  const dayThen = new Map<WaveId, IsoDate>();
  for (const c of later) {
    if (c.kind === 'eple-wave') {
      if (!waveThen.has(c.uai)) waveThen.set(c.uai, c.from);
    } else if (!dayThen.has(c.waveId)) dayThen.set(c.waveId, c.from);
  }
  return {
    ...dataset,
    eple: dataset.eple.map((e) => {
      const waveId = waveThen.get(e.uai);
      return waveId === undefined || waveId === e.waveId ? e : { ...e, waveId };
    }),
    waves: dataset.waves.map((w) => {
      const switchDate = dayThen.get(w.id);
      return switchDate === undefined || switchDate === w.switchDate ? w : { ...w, switchDate };
    }),
  };
}

/** The moves of one EPLE between waves, in the order they took effect. */
export function epleWaveHistory(changes: readonly WaveChange[] | undefined, uai: Uai): EpleWaveChange[] {
  return waveChangesInEffect(
    (changes ?? []).filter((c): c is EpleWaveChange => c.kind === 'eple-wave' && c.uai === uai),
  );
}

/** The changes of one wave's bascule day, in the order they took effect. */
export function switchDateHistory(
  changes: readonly WaveChange[] | undefined,
  waveId: WaveId,
): SwitchDateChange[] {
  return waveChangesInEffect(
    (changes ?? []).filter((c): c is SwitchDateChange => c.kind === 'switch-date' && c.waveId === waveId),
  );
}
