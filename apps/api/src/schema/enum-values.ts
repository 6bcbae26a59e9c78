/**
 * The values of a GraphQL enum built from a domain constant, each with its French description: a
 * value of the constant left without a description is a type error, so the enum cannot drift from
 * the domain.
 */
export function describedValues<const V extends string>(
  values: readonly V[],
  descriptions: Record<V, string>,
): { [K in V]: { value: K; description: string } } {
  return Object.fromEntries(values.map((v) => [v, { value: v, description: descriptions[v] }])) as {
    [K in V]: { value: K; description: string };
  };
}
