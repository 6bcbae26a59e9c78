import type { Kysely } from 'kysely';

/**
 * The named drafts of the re-planning page: a scenario (EPLE moved, bascules moved) kept as JSON
 * under a version, shared by its id, and marked when an administrator applied it to the records.
 */
export const scenarios = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('scenarios')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('scenario', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('applied_at', 'text')
      .addColumn('applied_by', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('scenarios').execute();
  },
};
