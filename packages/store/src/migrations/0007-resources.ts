import type { Kysely } from 'kysely';

/**
 * The support resources of the Ressources page (Tribu, portail MF2, Tchap, tutoring, the
 * expert…): one row each, changed in place under a version, listed from `active_from` and until
 * the day before `active_until`. `audience` holds the roles it serves, comma-separated.
 */
export const resources = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('resources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('mail', 'text')
      .addColumn('itop_prefix', 'text')
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('active_from', 'text', (c) => c.notNull())
      .addColumn('active_until', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('resources').execute();
  },
};
