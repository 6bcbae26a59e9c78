import { useState } from 'react';
import type { CombinedError } from 'urql';
import { invalidInput, issuesByField } from './field-issues';

/**
 * What a form keeps of its last submission: the refused fields, each with its message, and
 * whether it was saved. `read` takes a mutation's answer and says whether it was saved; an error
 * without a field (the server down, a refusal of the role) goes on `fallback`.
 */
export function useFieldErrors(fallback: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const read = (answer: { readonly __typename?: string } | null | undefined, error?: CombinedError) => {
    const refused = invalidInput(answer);
    const next = refused ? issuesByField(refused.issues) : error ? { [fallback]: error.message } : {};
    setErrors(next);
    setSaved(Object.keys(next).length === 0);
    return Object.keys(next).length === 0;
  };
  /** The DSFR props that show a field's refusal, if any. */
  const stateOf = (key: string) =>
    errors[key] ? { state: 'error' as const, stateRelatedMessage: errors[key] } : {};
  return { saved, setSaved, read, stateOf };
}
