import { type Dataset, describe, domainError, fail, ok, type Result } from '@opale/domain';

/** A wave's training as recorded: what the group and trainer fields resolve from. */
export interface WaveTraining {
  readonly waveId: string;
  readonly training: Dataset['training'];
}

/** The training of a wave of `dataset`, or an error naming the `wave` argument. */
export function waveTraining(
  dataset: Pick<Dataset, 'waves' | 'training'>,
  waveId: string,
): Result<WaveTraining> {
  if (dataset.waves.some((w) => w.id === waveId)) return ok({ waveId, training: dataset.training });
  const known = dataset.waves.map((w) => w.id).join(', ');
  return fail(
    domainError('wave', 'unknown_reference', `wave: expected one of ${known}, got ${describe(waveId)}`),
  );
}
