import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.js';

/**
 * Trainers gain the tracks they can lead and the waves they are unavailable for, and become
 * records that change (version, who and when); a training group may be recorded without a full
 * pair, so that a plan names its gaps. Existing trainers keep their rows: each can lead every
 * grouped track and is available for every wave, as nobody said otherwise.
 */
export function trainers(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const at = new Date().toISOString();
      await db.schema
        .alterTable('trainers')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .alterTable('trainers')
        .addColumn('recorded_by', 'text', (c) => c.notNull().defaultTo('migration 0004-trainers'))
        .execute();
      await db.schema
        .alterTable('trainers')
        .addColumn('recorded_at', 'text', (c) => c.notNull().defaultTo(at))
        .execute();
      await db.schema
        .createTable('trainer_tracks')
        .addColumn('trainer_id', 'text', (c) => c.notNull().references('trainers.id').onDelete('cascade'))
        .addColumn('track_id', 'text', (c) => c.notNull().references('training_tracks.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('trainer_tracks_pk', ['trainer_id', 'track_id'])
        .execute();
      await db.schema
        .createTable('trainer_unavailability')
        .addColumn('trainer_id', 'text', (c) => c.notNull().references('trainers.id').onDelete('cascade'))
        .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id'))
        .addPrimaryKeyConstraint('trainer_unavailability_pk', ['trainer_id', 'wave_id'])
        .execute();
      await sql`insert into trainer_tracks (trainer_id, track_id, position)
        select trainers.id, training_tracks.id, training_tracks.position
        from trainers cross join training_tracks
        where training_tracks.grouped = 1`.execute(db);
      if (engine === 'postgres') {
        for (const column of ['trainer_a', 'trainer_b'])
          await db.schema
            .alterTable('training_groups')
            .alterColumn(column, (c) => c.dropNotNull())
            .execute();
        return;
      }
      // SQLite cannot drop a NOT NULL: the table is built again, same columns, and its rows copied.
      await db.schema
        .createTable('training_groups_0004')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id'))
        .addColumn('track_id', 'text', (c) => c.notNull().references('training_tracks.id'))
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('trainer_a', 'text', (c) => c.references('trainers.id'))
        .addColumn('trainer_b', 'text', (c) => c.references('trainers.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into training_groups_0004
        (id, wave_id, track_id, size, trainer_a, trainer_b, version, recorded_by, recorded_at)
        select id, wave_id, track_id, size, trainer_a, trainer_b, version, recorded_by, recorded_at
        from training_groups`.execute(db);
      await db.schema.dropTable('training_groups').execute();
      await db.schema.alterTable('training_groups_0004').renameTo('training_groups').execute();
    },
  };
}
