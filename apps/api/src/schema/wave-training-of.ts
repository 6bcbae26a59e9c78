import {
  type Dataset,
  describe,
  domainError,
  fail,
  type IsoDate,
  ok,
  type Result,
  type Trainer,
  trainersOf,
  trainingAsOf,
} from '@opale/domain';

/** A wave's training as recorded, or as it stood on `asOf`: what the group and trainer fields resolve from. */
export interface WaveTraining {
  readonly waveId: string;
  /** The training planned by `asOf` when given, all of it as recorded when null. */
  readonly training: Dataset['training'];
  readonly asOf: IsoDate | null;
}

/** The training of a wave of `dataset` (planned by `asOf` when given), or an error naming the `wave` argument. */
export function waveTraining(
  dataset: Pick<Dataset, 'waves' | 'training'>,
  waveId: string,
  asOf: IsoDate | null = null,
): Result<WaveTraining> {
  if (dataset.waves.some((w) => w.id === waveId))
    return ok({
      waveId,
      training: asOf === null ? dataset.training : trainingAsOf(dataset.training, asOf),
      asOf,
    });
  const known = dataset.waves.map((w) => w.id).join(', ');
  return fail(
    domainError('wave', 'unknown_reference', `wave: expected one of ${known}, got ${describe(waveId)}`),
  );
}

/** The trainers of the wave's groups, each once, in the order the groups name them. */
export function waveTrainers(w: WaveTraining): Trainer[] {
  const known = new Map(w.training.trainers.map((x) => [x.id, x]));
  return trainersOf(w.training, w.waveId).flatMap((id) => {
    const trainer = known.get(id);
    return trainer ? [trainer] : [];
  });
}
