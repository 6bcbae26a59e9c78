import type { Kysely } from 'kysely';

/**
 * Tickets name their screenshots. The names go in a column of their own, a JSON list of file
 * names; `screenshots` keeps the count, so that the rows written before, which only counted
 * them, keep their count and have no names (null).
 */
export function ticketScreenshots() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('tickets').addColumn('screenshot_names', 'text').execute();
    },
  };
}
