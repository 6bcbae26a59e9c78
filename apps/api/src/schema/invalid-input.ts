import { builder } from '../builder.js';
import { InvalidInput } from '../results.js';
import { FieldIssue } from './field-issue.js';

builder.objectType(InvalidInput, {
  name: 'InvalidInput',
  description: 'La saisie a été refusée ; chaque problème nomme son champ. Rien n’a été écrit.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'le résumé des problèmes' }),
    issues: t.field({
      type: [FieldIssue],
      description: 'un problème par champ',
      resolve: (e) => [...e.issues],
    }),
  }),
});
