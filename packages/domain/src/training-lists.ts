import type { Dataset } from './dataset.js';
import type { IsoDate } from './date.js';
import { type StaffCount, type TrainingGroup, trainersMissing } from './training.js';

/** What the lists of a wave's training read: its groups and staff counts. */
export type TrainingRecords = Pick<Dataset['training'], 'groups' | 'staff'>;

/**
 * The training as it stood on `asOf`: only the groups and staff counts planned by that day, so
 * that a figure as of a past day does not change when a later wave's training is planned.
 */
export function trainingAsOf<T extends TrainingRecords>(training: T, asOf: IsoDate): T {
  return {
    ...training,
    groups: training.groups.filter((g) => g.plannedOn <= asOf),
    staff: training.staff.filter((s) => s.plannedOn <= asOf),
  };
}

/**
 * The training groups of a wave, of one track when `trackId` is given, in the records' order: the
 * list behind the groups and the pairs (one a group) of a wave's training.
 */
export function trainingGroupsOf(
  training: TrainingRecords,
  waveId: string,
  trackId?: string,
): TrainingGroup[] {
  return training.groups.filter(
    (g) => g.waveId === waveId && (trackId === undefined || g.trackId === trackId),
  );
}

/**
 * The groups of a wave (of one track when `trackId` is given) led by a full pair of trainers: the
 * list behind a wave's count of pairs. A group still lacking a trainer is not a pair.
 */
export function pairedGroupsOf(training: TrainingRecords, waveId: string, trackId?: string): TrainingGroup[] {
  return trainingGroupsOf(training, waveId, trackId).filter((g) => trainersMissing(g) === 0);
}

/** The staff counts recorded for a wave, of one track when `trackId` is given, in the records' order. */
export function staffCountsOf(training: TrainingRecords, waveId: string, trackId?: string): StaffCount[] {
  return training.staff.filter(
    (s) => s.waveId === waveId && (trackId === undefined || s.trackId === trackId),
  );
}

/**
 * The trainers of a wave: the ids named in its groups, each once, in the order they first
 * appear (an empty id is a place not filled yet). The list behind a wave's count of trainers.
 */
export function trainersOf(training: TrainingRecords, waveId: string): string[] {
  const ids = new Set<string>();
  for (const g of trainingGroupsOf(training, waveId))
    for (const id of g.trainerIds) if (id !== '') ids.add(id);
  return [...ids];
}
