import type { SyncRun } from '@opale/store';
import { builder } from '../builder.js';

export const ItopSyncRunRef = builder.objectRef<SyncRun>('ItopSyncRun').implement({
  description: 'Une lecture d’ITOP par opale : ce qu’elle a lu, écrit, et ce qui a échoué.',
  fields: (t) => ({
    startedAt: t.exposeString('startedAt', { description: 'son début (instant ISO)' }),
    finishedAt: t.exposeString('finishedAt', { description: 'sa fin (instant ISO)' }),
    since: t.exposeString('since', {
      nullable: true,
      description: 'la dernière mise à jour ITOP à partir de laquelle elle a lu ; null : tout',
    }),
    read: t.exposeInt('read', { description: 'le nombre de demandes lues dans ITOP' }),
    written: t.exposeInt('written', { description: 'le nombre de tickets ajoutés ou changés dans opale' }),
    errors: t.exposeStringList('errors', {
      description: 'ce qui a échoué ; vide si elle a réussi (rien n’est écrit sinon)',
    }),
  }),
});
