import { type Eple, type IsoDate, type KitCompletion, kitCompletion, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { actingFor, actorOf } from '../caller.js';
import type { Context } from '../context.js';
import { InvalidInput, unwrap } from '../results.js';
import { ActorProgressRef } from './actor-progress.js';
import { KitActionStateRef } from './kit-action-state.js';
import { KitBucketEnum } from './kit-bucket.js';
import { KitChangeEnum } from './kit-change.js';
import { RateRef } from './rate.js';

export const KitCompletionRef = builder.objectRef<KitCompletion>('KitCompletion').implement({
  description: 'Le kit de bascule d’un EPLE au jour demandé : par acteur et action par action.',
  fields: (t) => ({
    finalized: t.exposeInt('finalized', { description: 'actions finalisées au jour demandé' }),
    total: t.exposeInt('total', { description: 'actions du kit' }),
    rate: t.field({
      type: RateRef,
      description: 'actions finalisées sur les actions du kit',
      resolve: (k) => k.rate,
    }),
    bucket: t.expose('bucket', {
      type: KitBucketEnum,
      description: 'sa tranche d’avancement, comme le comité les compte',
    }),
    byActor: t.field({
      type: [ActorProgressRef],
      description: 'l’avancement de chaque acteur',
      resolve: (k) => k.byActor,
    }),
    actions: t.field({
      type: [KitActionStateRef],
      description: 'chaque action du kit et le jour où elle a été finalisée',
      resolve: (k) => k.actions,
    }),
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
      'Finalise une action du kit de bascule d’un EPLE, ou l’annule (SI2C, administrateurs, ou le personnel de l’établissement) ; répond le kit à ce jour.',
    authScopes: { role: PERMISSIONS.recordKitAction },
    errors: {
      types: [InvalidInput],
      union: {
        description:
          'Ce que répond le changement d’une action du kit : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'Le changement d’une action du kit a réussi.' },
      dataField: { description: 'ce qui a été écrit' },
    },
    args: {
      uai: t.arg.string({ required: true, description: 'l’UAI de l’EPLE' }),
      actionId: t.arg.string({ required: true, description: 'l’identifiant de l’action dans le kit' }),
      change: t.arg({ type: KitChangeEnum, required: true, description: 'finaliser ou annuler' }),
      on: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour du changement (aujourd’hui si omis)',
      }),
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
