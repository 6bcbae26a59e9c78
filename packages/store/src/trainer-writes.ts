import { domainError, fail, ok, type Result, validateTrainer } from '@opale/domain';
import type { Kysely } from 'kysely';
import { type Actor, audit } from './audit.js';
import { waveMap } from './lookups.js';
import { toTrack } from './rows.js';
import type { Database, Recorded } from './schema.js';
import { putTrainer, readTrainers, sameTrainer, type VersionedTrainer } from './trainer-records.js';

/** The tracks and waves a trainer is checked against, as stored. */
export async function trainerContext(db: Kysely<Database>) {
  const tracks = (await db.selectFrom('training_tracks').selectAll().orderBy('position').execute()).map(
    toTrack,
  );
  return { tracks: new Map(tracks.map((t) => [t.id, t])), waves: await waveMap(db) };
}

/**
 * Records a trainer inside the caller's transaction: a new one when `expectedVersion` is null (its
 * id must be new), otherwise a change based on the version the caller read (if the trainer
 * changed since, nothing is written and the answer is a `conflict` naming the current version).
 * Checked by the domain's `validateTrainer` against the stored tracks and waves; audited. A change
 * that says nothing new writes nothing and keeps the version.
 */
export async function recordTrainer(
  trx: Kysely<Database>,
  input: unknown,
  expectedVersion: number | null,
  actor: Actor,
  r: Recorded,
): Promise<Result<VersionedTrainer>> {
  const checked = validateTrainer(input, await trainerContext(trx));
  if (!checked.ok) return checked;
  const t = checked.value;
  const [found] = await readTrainers(trx, [t.id]);
  if (expectedVersion === null && found)
    return fail(
      domainError(
        'trainer.id',
        'duplicate',
        `trainer.id: trainer ${t.id} exists already (version ${found.version}): give its version to change it`,
      ),
    );
  if (expectedVersion !== null && !found)
    return fail(domainError('trainer.id', 'not_found', `trainer.id: no trainer ${t.id}`));
  const conflict = (now: string) =>
    fail(
      domainError(
        'version',
        'conflict',
        `version: trainer ${t.id} was changed by someone else (based on version ${expectedVersion}, ${now}); reload it and try again`,
      ),
    );
  if (found && found.version !== expectedVersion) return conflict(`it is at version ${found.version}`);
  if (found && sameTrainer(found.trainer, t)) return ok(found);
  if (!(await putTrainer(trx, t, found ? found.version : null, r))) return conflict('it changed meanwhile');
  await audit(trx, r.recorded_at, actor, found ? 'trainer-change' : 'trainer-record', 'trainer', t.id, t);
  return ok({ trainer: t, version: found ? found.version + 1 : 1 });
}
