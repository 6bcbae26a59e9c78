import { type RestitutionAlert, restitutionAlertId, validateRestitutionAlert } from '@opale/domain';
import type { Transaction } from 'kysely';
import { failDomain } from './import/cells.js';
import type { RowError } from './import/parsed.js';
import { RESTITUTION_COLUMN_OF } from './import/restitutions.js';
import type { Tally } from './import-apply.js';
import { epleMap } from './lookups.js';
import { insertAlert, sameAlert, storedAlerts, updateAlert } from './restitution-records.js';
import type { Database, Recorded } from './schema.js';

/**
 * Alerts of the restitutions op@le: a new alert is added; a known one (same EPLE, restitution and
 * day raised) takes the file's severity and message, and its clearing when the file clears it. A
 * file that no longer says an alert was cleared leaves the clearing as it is (an alert is cleared
 * once); one that clears it on another day than recorded is an error on `levee_le`.
 */
export async function applyRestitutions(
  trx: Transaction<Database>,
  records: readonly RestitutionAlert[],
  lineOf: (i: number) => number,
  r: Recorded,
): Promise<RowError[] | Tally> {
  const uais = records.map((a) => a.uai);
  const eple = new Set((await epleMap(trx, uais)).keys());
  const stored = await storedAlerts(trx, uais);
  const merged: RestitutionAlert[] = [];
  const errors: RowError[] = [];
  records.forEach((a, i) => {
    const fail = (field: string, reason: string) => {
      errors.push({ line: lineOf(i), field, reason });
    };
    const checked = validateRestitutionAlert(a, { eple });
    if (!checked.ok) {
      failDomain(checked.errors, RESTITUTION_COLUMN_OF, fail);
      return;
    }
    const before = stored.get(restitutionAlertId(a));
    if (before?.clearedOn && a.clearedOn && before.clearedOn !== a.clearedOn)
      fail('levee_le', `expected ${before.clearedOn} or nothing: the alert was cleared on that day already`);
    merged.push({ ...a, ...(before?.clearedOn ? { clearedOn: before.clearedOn } : {}) });
  });
  if (errors.length > 0) return errors;
  const t: Tally = { inserted: 0, updated: 0, unchanged: 0 };
  for (const a of merged) {
    const before = stored.get(restitutionAlertId(a));
    if (!before) {
      await insertAlert(trx, a, r);
      t.inserted += 1;
    } else if (sameAlert(before, a)) t.unchanged += 1;
    else {
      await updateAlert(trx, a, r);
      t.updated += 1;
    }
  }
  return t;
}
