import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Who makes a change: a role or a person's login, recorded with every change. */
export type Actor = string;

/** Appends one line to the audit log, inside the caller's transaction. */
export async function audit(
  db: Kysely<Database>,
  at: string,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string,
  detail?: unknown,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at,
      actor,
      action,
      entity,
      entity_id: entityId,
      detail: detail === undefined ? null : JSON.stringify(detail),
    })
    .execute();
}
