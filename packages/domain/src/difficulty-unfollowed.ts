import type { Dataset } from './dataset.js';
import { daysBetween, type IsoDate } from './date.js';
import type { DifficultyAssessment } from './difficulty.js';
import { flaggedSince, recordsByEple } from './difficulty-since.js';
import type { FollowUp } from './follow-up.js';
import type { Uai } from './uai.js';

/** A flagged EPLE that nobody followed up since it was flagged. */
export interface UnfollowedDifficulty {
  readonly assessment: DifficultyAssessment;
  /** First day of its current unbroken run of flagged days (see `flaggedSince`). */
  readonly flaggedSince: IsoDate;
  /** Days from `flaggedSince` to the date of the list. */
  readonly daysFlagged: number;
  /** Its latest follow-up, recorded before this run began; `null` when it never had one. */
  readonly lastFollowUp: FollowUp | null;
}

/**
 * The EPLE flagged as of `asOf` (the report's `flagged`, highest score first) with no follow-up
 * recorded from the day they were flagged since to `asOf`: those the teams still owe a visio or
 * a tutoring. Longest flagged first, then in the order of `flagged`. Each EPLE's run is found on
 * its own records only, so the cost grows with the flagged EPLE's records, not the académie's.
 */
export function unfollowedDifficulties(
  dataset: Dataset,
  flagged: readonly DifficultyAssessment[],
  asOf: IsoDate,
): UnfollowedDifficulty[] {
  const own = recordsByEple(dataset, new Set<Uai>(flagged.map((a) => a.uai)));
  const list: UnfollowedDifficulty[] = [];
  for (const assessment of flagged) {
    const records = own.get(assessment.uai);
    const since = records ? flaggedSince(records, asOf) : null;
    if (records === undefined || since === null) continue;
    const before = records.followUps.filter((f) => f.on <= asOf);
    if (before.some((f) => f.on >= since)) continue;
    const last = before.reduce<FollowUp | null>((a, f) => (a === null || f.on >= a.on ? f : a), null);
    list.push({ assessment, flaggedSince: since, daysFlagged: daysBetween(since, asOf), lastFollowUp: last });
  }
  return list.sort((a, b) => b.daysFlagged - a.daysFlagged);
}
