import { builder } from '../builder.js';
import { Conflict } from '../results.js';
import { FieldIssue } from './field-issue.js';

builder.objectType(Conflict, {
  name: 'Conflict',
  description:
    'L’enregistrement a été modifié par quelqu’un d’autre depuis la version lue. Rien n’a été écrit.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'ce qui s’est passé, en clair' }),
    issues: t.field({
      type: [FieldIssue],
      description: 'le champ en conflit et ce qui a changé',
      resolve: (e) => [...e.issues],
    }),
  }),
});
