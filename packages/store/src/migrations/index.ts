import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { Engine } from '../connect.js';
import type { Database } from '../schema.js';
import { initial } from './0001-initial.js';
import { difficultySettings } from './0005-difficulty-settings.js';

/** Every migration, in order; one list serves both engines. */
function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-initial': initial(engine),
    '0005-difficulty-settings': difficultySettings(engine),
  };
}

/**
 * Brings the schema to the latest version. Applied at every start; each migration runs in a
 * transaction and a lock keeps two processes from migrating at once.
 */
export async function migrate(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  // On PostgreSQL the migration tables live in the schema the records use (the search_path), so
  // that several sets of records can share one database, one schema each.
  const schema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(engine) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error)
    throw new Error(`database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
