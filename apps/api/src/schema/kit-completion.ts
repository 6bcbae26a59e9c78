import { type Eple, type IsoDate, type KitCompletion, kitCompletion, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { actingFor, actorOf } from '../caller.js';
import type { Context } from '../context.js';
import { InvalidInput, unwrap } from '../results.js';
import { ActorProgressRef } from './actor-progress.js';
import { KitActionStateRef } from './kit-action-state.js';
import { KitChangeEnum } from './kit-change.js';
import { RateRef } from './rate.js';

export const KitCompletionRef = builder.objectRef<KitCompletion>('KitCompletion').implement({
  description: "An EPLE's kit de bascule as of a day: by actor and action by action.",
  fields: (t) => ({
    finalized: t.exposeInt('finalized'),
    total: t.exposeInt('total'),
    rate: t.field({ type: RateRef, resolve: (k) => k.rate }),
    bucket: t.exposeString('bucket'),
    byActor: t.field({ type: [ActorProgressRef], resolve: (k) => k.byActor }),
    actions: t.field({ type: [KitActionStateRef], resolve: (k) => k.actions }),
  }),
});

/** An EPLE's kit as of a day, from the request's snapshot and loaders. */
export async function kitOf(ctx: Context, e: Eple, asOf: IsoDate): Promise<KitCompletion> {
  const [dataset, events] = await Promise.all([ctx.dataset(), ctx.loaders.kitOfEple.load(e.uai)]);
  return kitCompletion(e.uai, dataset.kit.actions, events, asOf);
}

builder.mutationFields((t) => ({
  recordKitAction: t.field({
    type: KitCompletionRef,
    description:
      "Finalizes or undoes an action of an EPLE's kit de bascule (SI2C, admin, or the school's staff).",
    authScopes: { role: PERMISSIONS.recordKitAction },
    errors: { types: [InvalidInput] },
    args: {
      uai: t.arg.string({ required: true }),
      actionId: t.arg.string({ required: true }),
      change: t.arg({ type: KitChangeEnum, required: true }),
      on: t.arg({ type: 'Date', required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = actingFor(ctx.caller, args.uai);
      const on = args.on ?? ctx.today;
      const event = { uai: args.uai, actionId: args.actionId, kind: args.change, on };
      const written = unwrap(await ctx.store.writes.recordKitEvent(event, actorOf(caller)));
      return kitCompletion(written.uai, written.actions, written.events, on);
    },
  }),
}));
