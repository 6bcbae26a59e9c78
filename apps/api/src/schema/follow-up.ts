import { type FollowUp, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap } from '../results.js';

export const FollowUpRef = builder.objectRef<FollowUp>('FollowUp').implement({
  fields: (t) => ({
    uai: t.exposeString('uai'),
    on: t.expose('on', { type: 'Date' }),
    kind: t.exposeString('kind'),
    note: t.exposeString('note'),
    by: t.exposeString('by', { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  recordFollowUp: t.field({
    type: FollowUpRef,
    description: 'Records a follow-up action for an EPLE in difficulty (SI2C, DRASI, admin).',
    authScopes: { role: PERMISSIONS.recordFollowUp },
    errors: { types: [InvalidInput] },
    args: {
      uai: t.arg.string({ required: true }),
      kind: t.arg.string({ required: true, description: 'visio, tutoring, call, visit or training' }),
      note: t.arg.string({ required: true }),
      on: t.arg({ type: 'Date', required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const by = actorOf(ctx.caller as Caller);
      const followUp = { uai: args.uai, kind: args.kind, note: args.note, on: args.on ?? ctx.today, by };
      return unwrap(await ctx.store.writes.recordFollowUp(followUp, by));
    },
  }),
}));
