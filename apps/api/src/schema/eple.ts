import { type ActorProgress, type Eple, type KitCompletion, kitCompletion } from '@opale/domain';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { actorOf, type Caller, canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { todayInParis } from '../today.js';
import { InvalidInput, unwrap } from './errors.js';
import { FollowUpRef, RateRef } from './figures.js';

const ActorProgressRef = builder.objectRef<ActorProgress>('ActorProgress').implement({
  fields: (t) => ({
    actor: t.exposeString('actor'),
    finalized: t.exposeInt('finalized'),
    total: t.exposeInt('total'),
    rate: t.field({ type: RateRef, resolve: (a) => a.rate }),
  }),
});

type ActionRow = KitCompletion['actions'][number];
const KitActionStateRef = builder.objectRef<ActionRow>('KitActionState').implement({
  fields: (t) => ({
    id: t.string({ resolve: (a) => a.action.id }),
    actor: t.string({ resolve: (a) => a.action.actor }),
    label: t.string({ resolve: (a) => a.action.label }),
    finalizedOn: t.expose('finalizedOn', { type: 'Date', nullable: true }),
  }),
});

const KitCompletionRef = builder.objectRef<KitCompletion>('KitCompletion').implement({
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

const readable = (caller: Caller | null, uai: string) => caller !== null && canReadEple(caller, uai);

export const EpleRef = builder.node(builder.objectRef<Eple>('Eple'), {
  id: { resolve: (e) => e.uai },
  authScopes: { signedIn: true },
  loadMany: async (uais, ctx: Context) => {
    const eples = await ctx.loaders.eple.loadMany(uais);
    return uais.map((uai, i) => (readable(ctx.caller, uai) ? (eples[i] as Eple | null) : null));
  },
  fields: (t) => ({
    uai: t.exposeString('uai'),
    name: t.exposeString('name'),
    kind: t.exposeString('kind'),
    commune: t.exposeString('commune'),
    departement: t.exposeString('departement'),
    agenceUai: t.exposeString('agenceUai'),
    waveId: t.exposeString('waveId'),
    createdOn: t.expose('createdOn', { type: 'Date' }),
    kit: t.field({
      type: KitCompletionRef,
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: async (e, args, ctx) => {
        const [dataset, events] = await Promise.all([ctx.dataset(), ctx.loaders.kitOfEple.load(e.uai)]);
        return kitCompletion(e.uai, dataset.kit.actions, events, args.asOf ?? todayInParis());
      },
    }),
    followUps: t.field({
      type: [FollowUpRef],
      resolve: async (e, _args, ctx) => [...(await ctx.loaders.followUpsOfEple.load(e.uai))],
    }),
  }),
});

builder.queryFields((t) => ({
  eples: t.connection({
    type: EpleRef,
    authScopes: { signedIn: true },
    description: 'EPLE by UAI; school users see their schools only. At most 100 a page.',
    args: {
      wave: t.arg.string({ required: false }),
      agence: t.arg.string({ required: false, description: 'UAI of the agence comptable' }),
      departement: t.arg.string({ required: false }),
      kind: t.arg.string({ required: false }),
      orderBy: t.arg.string({ required: false, description: 'uai (default) or name' }),
    },
    resolve: async (_root, args, ctx) => {
      if ((args.first ?? 0) > 100 || (args.last ?? 0) > 100)
        throw new GraphQLError('first/last: at most 100 a page');
      const list = (await ctx.dataset()).eple.filter(
        (e) =>
          readable(ctx.caller, e.uai) &&
          (!args.wave || e.waveId === args.wave) &&
          (!args.agence || e.agenceUai === args.agence) &&
          (!args.departement || e.departement === args.departement) &&
          (!args.kind || e.kind === args.kind),
      );
      if (args.orderBy === 'name') list.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      return resolveArrayConnection({ args, defaultSize: 20, maxSize: 100 }, list);
    },
  }),
}));

const KitChange = builder.enumType('KitChange', { values: ['finalized', 'undone'] as const });

/** Checks that the caller may act for this EPLE (school users: their own schools). */
function forEple(ctx: Context, uai: string): Caller {
  const caller = ctx.caller as Caller;
  if (!canReadEple(caller, uai)) {
    throw new InvalidInput([
      {
        field: 'uai',
        code: 'rule_violation',
        message: `uai: you may act for your schools only (${caller.uais.join(', ')})`,
      },
    ]);
  }
  return caller;
}

builder.mutationFields((t) => ({
  recordKitAction: t.field({
    type: KitCompletionRef,
    description:
      "Finalizes or undoes an action of an EPLE's kit de bascule (SI2C, admin, or the school's staff).",
    authScopes: { role: ['admin', 'si2c', 'eple'] },
    errors: { types: [InvalidInput] },
    args: {
      uai: t.arg.string({ required: true }),
      actionId: t.arg.string({ required: true }),
      change: t.arg({ type: KitChange, required: true }),
      on: t.arg({ type: 'Date', required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = forEple(ctx, args.uai);
      const on = args.on ?? todayInParis();
      unwrap(
        await ctx.store.writes.recordKitEvent(
          { uai: args.uai, actionId: args.actionId, kind: args.change, on },
          actorOf(caller),
        ),
      );
      // A new request's view: the write above bumped the revision.
      const dataset = await ctx.store.loadDataset();
      const events = dataset.kit.events.filter((e) => e.uai === args.uai);
      return kitCompletion(args.uai, dataset.kit.actions, events, on);
    },
  }),
  recordBudgetExecutoire: t.field({
    type: 'Date',
    description: 'Records the day a budget became exécutoire in op@le (SI2C, admin).',
    authScopes: { role: ['admin', 'si2c'] },
    errors: { types: [InvalidInput] },
    args: {
      uai: t.arg.string({ required: true }),
      exercise: t.arg.int({ required: true }),
      on: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (_root, args, ctx) =>
      unwrap(
        await ctx.store.writes.recordBudgetExecutoire(
          { uai: args.uai, exercise: args.exercise, executoireOn: args.on },
          actorOf(ctx.caller as Caller),
        ),
      ).executoireOn,
  }),
  recordFollowUp: t.field({
    type: FollowUpRef,
    description: 'Records a follow-up action for an EPLE in difficulty (SI2C, DRASI, admin).',
    authScopes: { role: ['admin', 'si2c', 'drasi'] },
    errors: { types: [InvalidInput] },
    args: {
      uai: t.arg.string({ required: true }),
      kind: t.arg.string({ required: true, description: 'visio, tutoring, call, visit or training' }),
      note: t.arg.string({ required: true }),
      on: t.arg({ type: 'Date', required: false }),
    },
    resolve: async (_root, args, ctx) =>
      unwrap(
        await ctx.store.writes.recordFollowUp(
          {
            uai: args.uai,
            kind: args.kind,
            note: args.note,
            on: args.on ?? todayInParis(),
            by: actorOf(ctx.caller as Caller),
          },
          actorOf(ctx.caller as Caller),
        ),
      ),
  }),
}));
