import type { Eple } from './eple.js';
import { listEples } from './eple-list.js';
import type { Wave } from './wave.js';

/** The planned and actual size of a wave, side by side so that a gap is shown, not hidden. */
export interface WaveCounts {
  readonly plannedCount: number | null;
  readonly attachedCount: number;
  /** Whether a planned count is given and differs from the EPLE attached. */
  readonly mismatch: boolean;
  /** `attachedCount - plannedCount`; `null` when no planned count is given. */
  readonly difference: number | null;
}

/**
 * Compares the count announced for a wave (a figure of its calendar, not a list of records) with
 * the EPLE actually attached to it: `attachedCount` is the size of the `listEples` of the wave.
 */
export function waveCounts(wave: Wave, eple: readonly Eple[]): WaveCounts {
  const attachedCount = listEples(eple, { filter: { waveId: wave.id }, order: 'uai' }).length;
  const planned = wave.plannedCount;
  return {
    plannedCount: planned,
    attachedCount,
    mismatch: planned !== null && planned !== attachedCount,
    difference: planned === null ? null : attachedCount - planned,
  };
}
