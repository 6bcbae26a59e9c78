import { domainError, type Result } from '@opale/domain';

/**
 * The answer to a change based on a stale version of `record` (e.g. `ticket R-1`): nothing was
 * written; `current` is the version stored, when known.
 */
export function staleVersion(record: string, current: number | undefined, expected: number): Result<never> {
  const now = current === undefined ? 'it changed meanwhile' : `it is at version ${current}`;
  return {
    ok: false,
    errors: [
      domainError(
        'version',
        'conflict',
        `version: ${record} was changed by someone else (based on version ${expected}, ${now}); reload it and try again`,
      ),
    ],
  };
}
