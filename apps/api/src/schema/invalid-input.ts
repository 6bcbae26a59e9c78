import { builder } from '../builder.js';
import { InvalidInput } from '../results.js';
import { FieldIssue } from './field-issue.js';

builder.objectType(InvalidInput, {
  name: 'InvalidInput',
  description: 'The input was refused; each issue names its field. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message'),
    issues: t.field({ type: [FieldIssue], resolve: (e) => [...e.issues] }),
  }),
});
