import type { CombinedError } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../gql';

/** What every mutation asks of a refused input: its message and one issue per field. */
export const RefusedInputFragment = graphql(`
  fragment RefusedInput on InvalidInput {
    message
    issues {
      field
      message
    }
  }
`);

/** An issue of a refused input, as the API's InvalidInput and Conflict list them. */
export interface Issue {
  readonly field: string;
  readonly message: string;
}

/**
 * The issues by form field: the API names a field by its path (`ticket.requester.lastName`,
 * `title`); the form knows it by its last segment.
 */
export function issuesByField(issues: readonly Issue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.field.split('.').pop() ?? issue.field;
    byField[field] = byField[field] ? `${byField[field]} ${issue.message}` : issue.message;
  }
  return byField;
}

/** The refusal of a mutation's answer when it is an InvalidInput, else null. */
export function invalidInput(answer: { readonly __typename?: string } | null | undefined) {
  if (answer?.__typename !== 'InvalidInput') return null;
  return getFragmentData(RefusedInputFragment, answer as FragmentType<typeof RefusedInputFragment>);
}

/** Why a mutation wrote nothing, in one line, or null when it succeeded. */
export function refusal(
  answer: { readonly __typename?: string } | null | undefined,
  error: CombinedError | undefined,
): string | null {
  const refused = invalidInput(answer);
  if (refused) return refused.issues.map((i) => i.message).join(' ');
  return error ? error.message : null;
}

/** The DSFR props that show a field's refusal under it (none when the field has no issue). */
export function fieldError(errors: Record<string, string>, key: string) {
  return errors[key] ? { state: 'error' as const, stateRelatedMessage: errors[key] } : {};
}
