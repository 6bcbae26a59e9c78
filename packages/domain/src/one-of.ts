/**
 * Whether `value` is one of `values`: narrows a string read from outside (a GraphQL argument, a
 * URL parameter, a cell) to the union of a fixed set such as `HANDLERS` or `EPLE_ORDERS`.
 */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
