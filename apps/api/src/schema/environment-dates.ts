import { type EnvironmentDates, environmentDates } from '@opale/domain';
import { builder } from '../builder.js';

export const EnvironmentsRef = builder.objectRef<EnvironmentDates>('EnvironmentDates').implement({
  description:
    'Le jour des données de production copiées dans le bac à sable et dans FM1 : le dimanche précédent.',
  fields: (t) => ({
    day: t.expose('day', { type: 'Date', description: 'le jour demandé' }),
    sandbox: t.expose('sandbox', { type: 'Date', description: 'le jour des données du bac à sable' }),
    fm1: t.expose('fm1', { type: 'Date', description: 'le jour des données de FM1, la copie de formation' }),
  }),
});

builder.queryFields((t) => ({
  environments: t.field({
    type: EnvironmentsRef,
    description:
      'Le jour des données du bac à sable et de FM1 (le dimanche précédent) pour un jour donné (aujourd’hui par défaut).',
    authScopes: { signedIn: true },
    args: { day: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }) },
    resolve: (_root, args, ctx) => environmentDates(args.day ?? ctx.today),
  }),
}));
