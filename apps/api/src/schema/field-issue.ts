import type { DomainError } from '@opale/domain';
import { builder } from '../builder.js';

/** One problem with the input: the field it concerns, a machine code, and what was expected. */
export const FieldIssue = builder.objectRef<DomainError>('FieldIssue').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});
