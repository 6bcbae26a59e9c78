import type { WaveId } from './wave.js';

/** A volunteer trainer, a user from an earlier wave. Invented names only. */
export interface Trainer {
  readonly id: string;
  readonly name: string;
  readonly fromWave: WaveId;
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
  readonly trainerIds: readonly [string, string];
}

/** Number of staff of a wave to train on a track. */
export interface StaffCount {
  readonly waveId: WaveId;
  readonly trackId: string;
  readonly count: number;
}
