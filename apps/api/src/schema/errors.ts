import type { DomainError } from '@opale/domain';
import { builder } from '../builder.js';
import { Conflict, InvalidInput } from '../results.js';

/** One problem with the input: the field it concerns, a machine code, and what was expected. */
export const FieldIssue = builder.objectRef<DomainError>('FieldIssue').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InvalidInput, {
  name: 'InvalidInput',
  description: 'The input was refused; each issue names its field. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message'),
    issues: t.field({ type: [FieldIssue], resolve: (e) => [...e.issues] }),
  }),
});

builder.objectType(Conflict, {
  name: 'Conflict',
  description: 'The record was changed by someone else since the version read. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message'),
    issues: t.field({ type: [FieldIssue], resolve: (e) => [...e.issues] }),
  }),
});
