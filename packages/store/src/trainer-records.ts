import type { Trainer } from '@opale/domain';
import type { Kysely } from 'kysely';
import type { Database, Recorded } from './schema.js';

// A trainer is spread over three tables: the trainer, the tracks they lead, the waves they cannot do.

/** A trainer as stored: the record and the version a change must be based on. */
export interface VersionedTrainer {
  readonly trainer: Trainer;
  readonly version: number;
}

/** Every trainer (or those of `ids`), by id, their tracks in the order given, their waves in the calendar's. */
export async function readTrainers(
  db: Kysely<Database>,
  ids: readonly string[] | null = null,
): Promise<VersionedTrainer[]> {
  if (ids !== null && ids.length === 0) return [];
  const [rows, tracks, unavailable] = await Promise.all([
    db
      .selectFrom('trainers')
      .selectAll()
      .$if(ids !== null, (q) => q.where('id', 'in', ids ?? []))
      .orderBy('id')
      .execute(),
    db
      .selectFrom('trainer_tracks')
      .select(['trainer_id', 'track_id'])
      .$if(ids !== null, (q) => q.where('trainer_id', 'in', ids ?? []))
      .orderBy('trainer_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('trainer_unavailability')
      .innerJoin('waves', 'waves.id', 'trainer_unavailability.wave_id')
      .select(['trainer_unavailability.trainer_id', 'trainer_unavailability.wave_id'])
      .$if(ids !== null, (q) => q.where('trainer_unavailability.trainer_id', 'in', ids ?? []))
      .orderBy('trainer_unavailability.trainer_id')
      .orderBy('waves.number')
      .execute(),
  ]);
  const group = (pairs: readonly { trainer_id: string; value: string }[]) => {
    const by = new Map<string, string[]>();
    for (const { trainer_id, value } of pairs) by.set(trainer_id, [...(by.get(trainer_id) ?? []), value]);
    return by;
  };
  const trackIds = group(tracks.map((t) => ({ trainer_id: t.trainer_id, value: t.track_id })));
  const waves = group(unavailable.map((u) => ({ trainer_id: u.trainer_id, value: u.wave_id })));
  return rows.map((t) => ({
    trainer: {
      id: t.id,
      name: t.name,
      fromWave: t.from_wave,
      trackIds: trackIds.get(t.id) ?? [],
      unavailableWaves: waves.get(t.id) ?? [],
    },
    version: t.version,
  }));
}

/** The rows of trainers: the trainers, the tracks they lead, the waves they cannot do. */
export function trainerRows(trainers: readonly Trainer[], r: Recorded) {
  return {
    trainers: trainers.map((t) => ({ id: t.id, name: t.name, from_wave: t.fromWave, ...r })),
    tracks: trainers.flatMap((t) =>
      t.trackIds.map((track_id, position) => ({ trainer_id: t.id, track_id, position })),
    ),
    unavailability: trainers.flatMap((t) =>
      t.unavailableWaves.map((wave_id) => ({ trainer_id: t.id, wave_id })),
    ),
  };
}

/**
 * Inserts a new trainer, or changes a stored one from `version` to `t` one version up (its tracks
 * and waves replaced); false, writing nothing, when the stored one is no longer at `version`.
 */
export async function putTrainer(
  db: Kysely<Database>,
  t: Trainer,
  version: number | null,
  r: Recorded,
): Promise<boolean> {
  const rows = trainerRows([t], r);
  if (version === null) await db.insertInto('trainers').values(rows.trainers).execute();
  else {
    // The version in the WHERE makes the check and the write one atomic step against other writers.
    const updated = await db
      .updateTable('trainers')
      .set({ name: t.name, from_wave: t.fromWave, version: version + 1, ...r })
      .where('id', '=', t.id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await db.deleteFrom('trainer_tracks').where('trainer_id', '=', t.id).execute();
    await db.deleteFrom('trainer_unavailability').where('trainer_id', '=', t.id).execute();
  }
  if (rows.tracks.length > 0) await db.insertInto('trainer_tracks').values(rows.tracks).execute();
  if (rows.unavailability.length > 0)
    await db.insertInto('trainer_unavailability').values(rows.unavailability).execute();
  return true;
}

/** Whether two trainers say the same (order of their unavailable waves aside). */
export function sameTrainer(a: Trainer, b: Trainer): boolean {
  const waves = (t: Trainer) => [...t.unavailableWaves].sort().join(',');
  return (
    a.name === b.name &&
    a.fromWave === b.fromWave &&
    a.trackIds.join(',') === b.trackIds.join(',') &&
    waves(a) === waves(b)
  );
}
