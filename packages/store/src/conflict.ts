import { domainError, fail, type Result } from '@opale/domain';

/**
 * The answer to a change based on a stale version: `what` (`ticket 123`, `milestone V6-1`) was
 * changed by someone else; nothing was written.
 */
export function conflict(
  what: string,
  current: number | undefined,
  expected: number | undefined,
): Result<never> {
  const now = current === undefined ? 'it changed meanwhile' : `it is at version ${current}`;
  const based = expected === undefined ? '' : `based on version ${expected}, `;
  return fail(
    domainError(
      'version',
      'conflict',
      `version: ${what} was changed by someone else (${based}${now}); reload it and try again`,
    ),
  );
}
