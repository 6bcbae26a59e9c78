import { type RestitutionAlert, type RestitutionAlertKey, restitutionAlertId } from '@opale/domain';
import type { Kysely } from 'kysely';
import { chunked } from './chunks.js';
import { restitutionRow, toRestitution } from './rows.js';
import type { Database, Recorded } from './schema.js';

// Reads and writes of restitution alerts that the mutations and the import share, inside their
// transactions.

/** The stored alerts of these EPLE, by {@link restitutionAlertId}. */
export async function storedAlerts(
  db: Kysely<Database>,
  uais: readonly string[],
): Promise<Map<string, RestitutionAlert>> {
  const rows = await chunked([...new Set(uais)], (chunk) =>
    db.selectFrom('restitution_alerts').selectAll().where('uai', 'in', chunk).execute(),
  );
  return new Map(rows.map((row) => [restitutionAlertId(toRestitution(row)), toRestitution(row)]));
}

/** The stored alert of this identity, or `undefined`. */
export async function findAlert(
  db: Kysely<Database>,
  key: RestitutionAlertKey,
): Promise<RestitutionAlert | undefined> {
  const row = await db
    .selectFrom('restitution_alerts')
    .selectAll()
    .where('uai', '=', key.uai)
    .where('report', '=', key.report)
    .where('on_date', '=', key.on)
    .executeTakeFirst();
  return row && toRestitution(row);
}

/** Records a new alert. */
export async function insertAlert(db: Kysely<Database>, alert: RestitutionAlert, r: Recorded): Promise<void> {
  await db.insertInto('restitution_alerts').values(restitutionRow(alert, r)).execute();
}

/**
 * Sets the severity, the message and the day an alert was cleared. With `onlyIfActive`, an alert
 * cleared meanwhile by another writer is left as it is: whether it was changed is the answer.
 */
export async function updateAlert(
  db: Kysely<Database>,
  alert: RestitutionAlert,
  r: Recorded,
  onlyIfActive = false,
): Promise<boolean> {
  let update = db
    .updateTable('restitution_alerts')
    .set({
      severity: alert.severity,
      message: alert.message,
      cleared_on: alert.clearedOn ?? null,
      ...r,
    })
    .where('uai', '=', alert.uai)
    .where('report', '=', alert.report)
    .where('on_date', '=', alert.on);
  // The condition in the WHERE makes the check and the write one atomic step against other writers.
  if (onlyIfActive) update = update.where('cleared_on', 'is', null);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether two alerts of the same identity say the same. */
export function sameAlert(a: RestitutionAlert, b: RestitutionAlert): boolean {
  return a.severity === b.severity && a.message === b.message && a.clearedOn === b.clearedOn;
}
