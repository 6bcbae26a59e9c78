import type { Issue } from '../ui/field-issues';

// What the API's refusals of a milestone mean for a user, in French, by field and code; an issue
// not listed here keeps the API's own message.
const FRENCH: Record<string, string> = {
  'waveId:unknown_reference': 'Cette vague n’existe pas.',
  'id:not_found': 'Ce jalon n’existe plus : rechargez la page.',
  'kind:invalid_format': 'Choisissez un type de jalon de la liste.',
  'kind:required': 'Choisissez un type de jalon.',
  'label:required': 'Indiquez le libellé du jalon.',
  'label:out_of_range': 'Le libellé tient en 200 caractères au plus.',
  'dueOn:invalid_date': 'Indiquez le jour prévu (jj/mm/aaaa).',
  'doneOn:invalid_date': 'Indiquez un jour valide, ou laissez vide si le jalon n’a pas eu lieu.',
  'doneOn:inconsistent':
    'Un jalon ne peut pas être fait après le jour où le changement est décidé : reportez « Décidé le » au jour où il a été fait, ou plus tard.',
  'on:invalid_date': 'Indiquez le jour où le changement est décidé.',
  'on:out_of_range': 'Un changement ne peut pas être décidé après aujourd’hui.',
  'version:required': 'Rechargez la page : la version lue du jalon manque.',
};

/** The API's issues with their French message where there is one (the field keeps its path). */
export function frenchIssues(issues: readonly (Issue & { readonly code: string })[]): Issue[] {
  return issues.map((i) => {
    const field = i.field.split('.').pop() ?? i.field;
    return { field: i.field, message: FRENCH[`${field}:${i.code}`] ?? i.message };
  });
}
