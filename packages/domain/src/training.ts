import type { IsoDate } from './date.js';
import type { WaveId } from './wave.js';

/**
 * A volunteer trainer, a user from an earlier wave. Invented names only. A trainer leads groups of
 * the tracks they can lead, in the waves after their own, except the waves they said they are
 * not available for: availability is kept as the waves they cannot train for, since a volunteer
 * is counted on unless they say otherwise (and a wave is what the planner staffs).
 */
export interface Trainer {
  readonly id: string;
  readonly name: string;
  readonly fromWave: WaveId;
  /** The tracks (ids of {@link TrainingTrack}) they can lead, in the order given. */
  readonly trackIds: readonly string[];
  /** The waves they are not available for; empty: available for every wave after their own. */
  readonly unavailableWaves: readonly WaveId[];
}

/** A training track (parcours) by profile. */
export interface TrainingTrack {
  readonly id: string;
  readonly label: string;
  /** Whether staff are trained in groups led by a pair of trainers (the ordonnateurs are not). */
  readonly grouped: boolean;
  readonly presentialDays: number;
  readonly remoteHours: number;
}

/** One training group of a wave: a track, its trainees, a pair (binôme) of trainers. */
export interface TrainingGroup {
  readonly id: string;
  readonly waveId: WaveId;
  readonly trackId: string;
  readonly size: number;
  /** Its pair of trainers; one or none when the group lacks trainers (see {@link trainersMissing}). */
  readonly trainerIds: readonly string[];
  /** The day the group was planned: a figure as of an earlier day does not count it. */
  readonly plannedOn: IsoDate;
}

/** Trainers a group leads with: two, a pair (binôme). */
export const TRAINERS_PER_GROUP = 2;

/** How many trainers a group still lacks to be led by a pair: 0, 1 or 2. */
export function trainersMissing(group: Pick<TrainingGroup, 'trainerIds'>): number {
  return Math.max(0, TRAINERS_PER_GROUP - group.trainerIds.length);
}

/** Number of staff of a wave to train on a track. */
export interface StaffCount {
  readonly waveId: WaveId;
  readonly trackId: string;
  readonly count: number;
  /** The day the count was planned: a figure as of an earlier day does not count it. */
  readonly plannedOn: IsoDate;
}
