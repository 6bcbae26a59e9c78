import type { Kysely } from 'kysely';

/**
 * An alert of the restitutions op@le is known by its EPLE, its restitution and the day it was
 * raised (the domain's `restitutionAlertId`): the database refuses a second row of the same alert,
 * so that two writers, or a file imported twice at once, cannot record it twice.
 */
export function restitutions() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('restitution_alerts_identity')
        .on('restitution_alerts')
        .columns(['uai', 'report', 'on_date'])
        .unique()
        .execute();
    },
  };
}
