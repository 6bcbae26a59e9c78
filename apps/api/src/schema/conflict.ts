import { builder } from '../builder.js';
import { Conflict } from '../results.js';
import { FieldIssue } from './field-issue.js';

builder.objectType(Conflict, {
  name: 'Conflict',
  description: 'The record was changed by someone else since the version read. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message'),
    issues: t.field({ type: [FieldIssue], resolve: (e) => [...e.issues] }),
  }),
});
