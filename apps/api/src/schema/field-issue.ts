import type { DomainError } from '@opale/domain';
import { builder } from '../builder.js';

/** One problem with the input: the field it concerns, a machine code, and what was expected. */
export const FieldIssue = builder.objectRef<DomainError>('FieldIssue').implement({
  description: 'Un problème de saisie : le champ concerné, un code, et ce qui était attendu.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'le chemin du champ concerné (ex. uai, staff.0.count)' }),
    code: t.exposeString('code', {
      description:
        'un code stable pour les programmes (required, invalid_format, unknown_reference, rule_violation, conflict…)',
    }),
    message: t.exposeString('message', { description: 'ce qui était attendu et ce qui a été reçu' }),
  }),
});
