import type { DomainError } from '@opale/domain';
import { GraphQLError } from 'graphql';

/** Bad input: nothing was written. */
export class InvalidInput extends Error {
  constructor(readonly issues: readonly DomainError[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}

/** The record changed since the version the change was based on: nothing was written. */
export class Conflict extends Error {
  constructor(readonly issues: readonly DomainError[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}

/** Turns a domain or store result into its value, or throws the typed error the schema returns. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; errors: readonly DomainError[] }): T {
  if (result.ok) return result.value;
  if (result.errors.some((e) => e.code === 'conflict')) throw new Conflict(result.errors);
  throw new InvalidInput(result.errors);
}

/**
 * For queries: the value, or a GraphQL error that says what was wrong with the arguments (shown
 * even where other errors are masked, since it is the caller's to fix).
 */
export function valueOr400<T>(
  result: { ok: true; value: T } | { ok: false; errors: readonly DomainError[] },
): T {
  if (result.ok) return result.value;
  throw new GraphQLError(result.errors.map((e) => e.message).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', issues: result.errors },
  });
}
