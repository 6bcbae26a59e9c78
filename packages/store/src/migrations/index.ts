import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { Engine } from '../connect.js';
import type { Database } from '../schema.js';
import { initial } from './0001-initial.js';
import { milestoneHistory } from './0002-milestone-history.js';
import { restitutions } from './0003-restitutions.js';
import { trainers } from './0004-trainers.js';
import { difficultySettings } from './0005-difficulty-settings.js';
import { ticketScreenshots } from './0006-ticket-screenshots.js';
import { resources } from './0007-resources.js';
import { itopOutbox } from './0008-itop-outbox.js';
import { scenarios } from './0009-scenarios.js';
import { trainingDates } from './0010-training-dates.js';
import { waveChanges } from './0011-wave-changes.js';

/** Every migration, in order; one list serves both engines. */
export function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-initial': initial(engine),
    '0002-milestone-history': milestoneHistory(engine),
    '0003-restitutions': restitutions(),
    '0004-trainers': trainers(engine),
    '0005-difficulty-settings': difficultySettings(engine),
    '0006-ticket-screenshots': ticketScreenshots(),
    '0007-resources': resources,
    '0008-itop-outbox': itopOutbox(engine),
    '0009-scenarios': scenarios,
    '0010-training-dates': trainingDates(engine),
    '0011-wave-changes': waveChanges(engine),
  };
}

/**
 * The migrator of the records' schema, every migration known. On PostgreSQL the migration tables
 * live in the schema the records use (the search_path), so that several sets of records can share
 * one database, one schema each.
 */
export async function migrator(db: Kysely<Database>, engine: Engine): Promise<Migrator> {
  const schema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations(engine) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/**
 * Brings the schema to the latest version. Applied at every start; each migration runs in a
 * transaction and a lock keeps two processes from migrating at once.
 */
export async function migrate(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const { error, results } = await (await migrator(db, engine)).migrateToLatest();
  if (error)
    throw new Error(`database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
