import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** What `variables` may hold: their size as JSON, and the length of any list in them. */
export interface VariablesLimits {
  readonly variablesBytes: number;
  readonly listLength: number;
}

const refuse = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

/** The length of the longest list anywhere in `value`, walked without recursion. */
function longestList(value: unknown): number {
  let longest = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      longest = Math.max(longest, item.length);
      for (const element of item) pending.push(element);
    } else if (item !== null && typeof item === 'object') {
      for (const element of Object.values(item)) pending.push(element);
    }
  }
  return longest;
}

/**
 * Refuses, with 400 and before anything runs, an operation whose variables are larger or hold a
 * longer list than the limits: the body limit bounds the bytes, these bound the work that
 * coercing and resolving them would take.
 */
export function variablesLimit(limits: VariablesLimits): Plugin {
  return {
    onParams({ params }) {
      const variables = params.variables;
      if (variables === undefined || variables === null) return;
      const bytes = Buffer.byteLength(JSON.stringify(variables));
      if (bytes > limits.variablesBytes)
        throw refuse(`variables: expected at most ${limits.variablesBytes} bytes of JSON, got ${bytes}`);
      const longest = longestList(variables);
      if (longest > limits.listLength)
        throw refuse(
          `variables: expected lists of at most ${limits.listLength} items, got one of ${longest}`,
        );
    },
  };
}
