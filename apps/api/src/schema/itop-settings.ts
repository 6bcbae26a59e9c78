import { builder } from '../builder.js';
import type { ItopService } from '../itop-service.js';

export const ItopSettingsRef = builder.objectRef<ItopService>('ItopSettings').implement({
  description: 'Ce que le client doit savoir d’ITOP pour l’ouverture d’un ticket.',
  fields: (t) => ({
    connected: t.exposeBoolean('connected', {
      description:
        'vrai si opale crée lui-même les tickets dans ITOP ; faux s’il faut copier le ticket préparé dans le portail ITOP',
    }),
    portalUrl: t.exposeString('portalUrl', {
      nullable: true,
      description: 'l’adresse du portail ITOP où déposer un ticket ; null si elle n’est pas configurée',
    }),
  }),
});

builder.queryField('itopSettings', (t) =>
  t.field({
    type: ItopSettingsRef,
    authScopes: { signedIn: true },
    description: 'Comment les tickets rejoignent ITOP : créés par opale, ou à copier dans son portail.',
    resolve: (_root, _args, ctx) => ctx.itop,
  }),
);
