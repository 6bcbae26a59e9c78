import { type EnvironmentDates, environmentDates } from '@opale/domain';
import { builder } from '../builder.js';

export const EnvironmentsRef = builder.objectRef<EnvironmentDates>('EnvironmentDates').implement({
  description: 'The day of production data in the sandbox (bac à sable) and in FM1: the previous Sunday.',
  fields: (t) => ({
    day: t.expose('day', { type: 'Date' }),
    sandbox: t.expose('sandbox', { type: 'Date' }),
    fm1: t.expose('fm1', { type: 'Date' }),
  }),
});

builder.queryFields((t) => ({
  environments: t.field({
    type: EnvironmentsRef,
    description:
      'The day of the data in the sandbox and in FM1 (the previous Sunday) for a day (today by default).',
    authScopes: { signedIn: true },
    args: { day: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args, ctx) => environmentDates(args.day ?? ctx.today),
  }),
}));
