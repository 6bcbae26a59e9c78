import {
  describe,
  domainError,
  fail,
  ok,
  type RestitutionAlert,
  type Result,
  restitutionAlertId,
  validateRestitutionAlert,
} from '@opale/domain';
import type { Transaction } from 'kysely';
import { type Actor, audit } from './audit.js';
import { epleMap } from './lookups.js';
import { findAlert, insertAlert, sameAlert, updateAlert } from './restitution-records.js';
import type { Database } from './schema.js';
import { stamp, uaiOf } from './writes.js';

/** Which alert to clear, and on what day. */
export interface ClearRestitutionAlert {
  readonly uai: string;
  readonly report: string;
  /** The day the alert was raised. */
  readonly on: string;
  readonly clearedOn: string;
}

const FIELD = 'restitution';

/**
 * The writes of the alerts of the restitutions op@le, one transaction each: checked with the
 * domain's validator against the stored EPLE, recorded with who and when, and audited. Bad input
 * comes back as typed errors naming the field; nothing is half-written.
 */
export class RestitutionWrites {
  constructor(
    private readonly transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
  ) {}

  /**
   * Records an alert raised on an EPLE. The same alert recorded again is accepted and changes
   * nothing; another one of the same identity (EPLE, restitution, day raised) is refused.
   */
  record(input: unknown, actor: Actor): Promise<Result<RestitutionAlert>> {
    return this.transaction(async (trx) => {
      const known = await epleMap(trx, [uaiOf(input)]);
      const checked = validateRestitutionAlert(input, { eple: new Set(known.keys()) });
      if (!checked.ok) return checked;
      const alert = checked.value;
      const stored = await findAlert(trx, alert);
      if (stored && sameAlert(stored, alert)) return ok(stored);
      if (stored) {
        return fail(
          domainError(
            `${FIELD}.report`,
            'duplicate',
            `${FIELD}.report: ${alert.uai} has an alert of "${alert.report}" raised on ${alert.on} already; clear it, or record another restitution or day`,
          ),
        );
      }
      const r = stamp(actor);
      await insertAlert(trx, alert, r);
      await audit(trx, r.recorded_at, actor, 'restitution-alert', 'eple', alert.uai, alert);
      return checked;
    });
  }

  /**
   * Clears an active alert on a day, on or after the day it was raised. An unknown alert is an
   * error naming it; one cleared already (by someone else meanwhile too) is a `conflict` naming
   * the day it was cleared: nothing is written.
   */
  clear(input: ClearRestitutionAlert, actor: Actor): Promise<Result<RestitutionAlert>> {
    return this.transaction(async (trx) => {
      const key = { uai: input.uai.trim().toUpperCase(), report: input.report, on: input.on };
      const stored = await findAlert(trx, key);
      if (!stored) {
        return fail(
          domainError(
            `${FIELD}.report`,
            'not_found',
            `${FIELD}.report: no alert of ${describe(key.report)} raised on ${describe(key.on)} for ${describe(key.uai)}`,
          ),
        );
      }
      if (stored.clearedOn !== undefined) return alreadyCleared(stored);
      const known = await epleMap(trx, [stored.uai]);
      const checked = validateRestitutionAlert(
        { ...stored, clearedOn: input.clearedOn },
        { eple: new Set(known.keys()) },
      );
      if (!checked.ok) return checked;
      const r = stamp(actor);
      if (!(await updateAlert(trx, checked.value, r, true))) {
        return alreadyCleared((await findAlert(trx, key)) ?? stored);
      }
      await audit(trx, r.recorded_at, actor, 'restitution-clear', 'eple', stored.uai, {
        id: restitutionAlertId(stored),
        clearedOn: input.clearedOn,
      });
      return checked;
    });
  }
}

function alreadyCleared(stored: RestitutionAlert): Result<never> {
  return fail(
    domainError(
      `${FIELD}.clearedOn`,
      'conflict',
      `${FIELD}.clearedOn: the alert ${restitutionAlertId(stored)} was cleared on ${stored.clearedOn ?? 'another day'} already; reload it`,
    ),
  );
}
