import { environmentDates } from '@opale/domain';
import { builder } from '../builder.js';
import { todayInParis } from '../today.js';
import { EnvironmentsRef } from './figures.js';

builder.queryFields((t) => ({
  environments: t.field({
    type: EnvironmentsRef,
    description:
      'The day of the data in the sandbox and in FM1 (the previous Sunday) for a day (today by default).',
    authScopes: { signedIn: true },
    args: { day: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args) => environmentDates(args.day ?? todayInParis()),
  }),
}));
