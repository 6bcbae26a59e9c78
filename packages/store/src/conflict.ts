import { domainError, fail, type Result } from '@opale/domain';

/**
 * The answer to a change based on a stale version: `what` (`ticket 123`, `milestone V6-1`) was
 * changed by someone else; nothing was written.
 */
export function conflict(what: string, current: number | undefined, expected: number): Result<never> {
  const now = current === undefined ? 'it changed meanwhile' : `it is at version ${current}`;
  return fail(
    domainError(
      'version',
      'conflict',
      `version: ${what} was changed by someone else (based on version ${expected}, ${now}); reload it and try again`,
    ),
  );
}
