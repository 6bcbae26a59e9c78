/** Machine-readable kind of a validation failure. */
export type ErrorCode =
  | 'required'
  | 'invalid_format'
  | 'invalid_check_letter'
  | 'invalid_date'
  | 'out_of_range'
  | 'unknown_reference'
  | 'duplicate'
  | 'inconsistent'
  | 'rule_violation'
  /** The record changed since the version the change was based on: nothing was written. */
  | 'conflict'
  | 'not_found';

/**
 * A typed validation error: `field` names the offending input (a dotted path such as
 * `eple[3].uai`), `message` says what was expected, in English for developers.
 */
export interface DomainError {
  readonly field: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** Either a value or the list of everything wrong with the input. Bad data never throws. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly DomainError[] };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed result from one or more errors. */
export function fail<T = never>(...errors: DomainError[]): Result<T> {
  return { ok: false, errors };
}

/** Builds one error. */
export function domainError(field: string, code: ErrorCode, message: string): DomainError {
  return { field, code, message };
}

/** A failed result from an error list, or the value when the list is empty. */
export function fromErrors<T>(errors: readonly DomainError[], value: () => T): Result<T> {
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

/** Prefixes every error's field with `prefix.` (used when validating nested records). */
export function nestErrors(prefix: string, errors: readonly DomainError[]): DomainError[] {
  return errors.map((e) => ({ ...e, field: e.field ? `${prefix}.${e.field}` : prefix }));
}
