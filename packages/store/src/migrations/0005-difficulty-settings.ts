import type { Kysely } from 'kysely';
import type { Engine } from '../connect.js';

/**
 * The difficulty rule's history: one row per rule recorded, with the day it takes effect, the
 * rule as JSON (thresholds and weights), who recorded it, when and why. Rows are only ever added,
 * so that a figure as of a past day keeps the rule that was in force that day.
 */
export function difficultySettings(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const table = db.schema.createTable('difficulty_settings');
      await (engine === 'postgres'
        ? table.addColumn('id', 'serial', (c) => c.primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      )
        .addColumn('effective_on', 'text', (c) => c.notNull())
        .addColumn('config', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('difficulty_settings_effective_on')
        .on('difficulty_settings')
        .column('effective_on')
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('difficulty_settings').execute();
    },
  };
}
