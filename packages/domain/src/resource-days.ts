import type { IsoDate } from './date.js';
import type { Resource } from './resource.js';
import { type DomainError, domainError } from './result.js';

/** The earlier of two days, absent standing for "never" (a resource not retired). */
const earlier = (a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/**
 * What a new or changed resource may not do to its days, so that the list as of a day already
 * past stays as it was: start before `today`, or move a start or a retirement that falls before
 * `today` (retiring it from today on, or later, is fine). Its title, description and ways to reach
 * it are corrections and may change. The records of earlier days come by import.
 */
export function resourceDayErrors(
  before: Resource | undefined,
  after: Resource,
  today: IsoDate,
  field = 'resource',
): DomainError[] {
  const errors: DomainError[] = [];
  const movedFrom = before === undefined || before.activeFrom !== after.activeFrom;
  const firstFrom = before === undefined ? after.activeFrom : earlier(before.activeFrom, after.activeFrom);
  if (movedFrom && firstFrom !== undefined && firstFrom < today)
    errors.push(
      domainError(
        `${field}.activeFrom`,
        'out_of_range',
        `${field}.activeFrom: expected ${today} or later: the lists of past days do not change (got ${after.activeFrom}${before ? `, was ${before.activeFrom}` : ''})`,
      ),
    );
  if (before !== undefined && before.activeUntil !== after.activeUntil) {
    const first = earlier(before.activeUntil, after.activeUntil);
    if (first !== undefined && first < today)
      errors.push(
        domainError(
          `${field}.activeUntil`,
          'out_of_range',
          `${field}.activeUntil: expected ${today} or later: the lists of past days do not change (got ${after.activeUntil ?? 'none'}, was ${before.activeUntil ?? 'none'})`,
        ),
      );
  }
  return errors;
}
