import {
  type ActorProgress,
  budgetExercise,
  type Eple,
  type IsoDate,
  type KitCompletion,
  kitCompletion,
} from '@opale/domain';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { actorOf, type Caller, canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { InvalidInput, unwrap } from '../results.js';
import { todayInParis } from '../today.js';
import { DifficultyRef, FollowUpRef, RateRef } from './figures.js';
import { TicketRef } from './ticket.js';

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

/** The budget an EPLE must make exécutoire for its wave, and the day it did (null: not yet). */
interface EpleBudget {
  readonly exercise: number;
  readonly executoireOn: IsoDate | null;
}

const EpleBudgetRef = builder.objectRef<EpleBudget>('EpleBudget').implement({
  description:
    'The budget of the year of the EPLE’s bascule, and the day it became exécutoire, as of the day asked.',
  fields: (t) => ({
    exercise: t.exposeInt('exercise'),
    executoireOn: t.expose('executoireOn', { type: 'Date', nullable: true }),
  }),
});

/** An EPLE's kit as of a day, from the request's loaders. */
async function kitOf(ctx: Context, e: Eple, asOf: IsoDate): Promise<KitCompletion> {
  const [dataset, events] = await Promise.all([ctx.dataset(), ctx.loaders.kitOfEple.load(e.uai)]);
  return kitCompletion(e.uai, dataset.kit.actions, events, asOf);
}

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
      resolve: (e, args, ctx) => kitOf(ctx, e, args.asOf ?? todayInParis()),
    }),
    budget: t.field({
      type: EpleBudgetRef,
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: async (e, args, ctx) => {
        const asOf = args.asOf ?? todayInParis();
        const dataset = await ctx.dataset();
        const wave = dataset.waves.find((w) => w.id === e.waveId);
        const exercise = wave ? budgetExercise(wave) : Number(asOf.slice(0, 4));
        const days = dataset.budgets
          .filter((b) => b.uai === e.uai && b.exercise === exercise && b.executoireOn <= asOf)
          .map((b) => b.executoireOn)
          .sort();
        return { exercise, executoireOn: days[0] ?? null };
      },
    }),
    difficulty: t.field({
      type: DifficultyRef,
      nullable: true,
      description:
        'Its difficulty score and the reasons, when it is flagged as of the day asked; null otherwise.',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: async (e, args, ctx) =>
        (await ctx.report(args.asOf ?? todayInParis())).difficulty.eple.find((d) => d.uai === e.uai) ?? null,
    }),
    tickets: t.field({
      type: [TicketRef],
      description: 'Its tickets opened up to the day asked (today), newest first.',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: async (e, args, ctx) => {
        const asOf = args.asOf ?? todayInParis();
        return (await ctx.loaders.ticketsOfEple.load(e.uai)).filter((x) => x.openedOn <= asOf).reverse();
      },
    }),
    followUps: t.field({
      type: [FollowUpRef],
      resolve: async (e, _args, ctx) => [...(await ctx.loaders.followUpsOfEple.load(e.uai))],
    }),
  }),
});

const EPLE_ORDERS = ['uai', 'name', 'difficulty', 'kit'] as const;

builder.queryFields((t) => ({
  eple: t.field({
    type: EpleRef,
    nullable: true,
    description: 'One EPLE by UAI; null when unknown or not the caller’s school.',
    authScopes: { signedIn: true },
    args: { uai: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const uai = args.uai.trim().toUpperCase();
      return readable(ctx.caller, uai) ? ctx.loaders.eple.load(uai) : null;
    },
  }),
  eples: t.connection({
    type: EpleRef,
    authScopes: { signedIn: true },
    description: 'EPLE by UAI; school users see their schools only. At most 100 a page.',
    args: {
      wave: t.arg.string({ required: false }),
      agence: t.arg.string({ required: false, description: 'UAI of the agence comptable' }),
      departement: t.arg.string({ required: false }),
      kind: t.arg.string({ required: false }),
      inDifficulty: t.arg.boolean({
        required: false,
        description: 'only the EPLE flagged in difficulty as of asOf (true), or only the others (false)',
      }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'the day of the difficulty and kit (today)',
      }),
      orderBy: t.arg.string({
        required: false,
        description:
          'uai (default), name, difficulty (highest score first) or kit (least advanced first, as of asOf)',
      }),
    },
    resolve: async (_root, args, ctx) => {
      if ((args.first ?? 0) > 100 || (args.last ?? 0) > 100)
        throw new GraphQLError('first/last: at most 100 a page');
      const order = args.orderBy ?? 'uai';
      if (!(EPLE_ORDERS as readonly string[]).includes(order))
        throw new GraphQLError(`orderBy: expected one of ${EPLE_ORDERS.join(', ')}, got "${order}"`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      const asOf = args.asOf ?? todayInParis();
      const needsReport = order === 'difficulty' || typeof args.inDifficulty === 'boolean';
      const scores = needsReport
        ? new Map((await ctx.report(asOf)).difficulty.eple.map((d) => [d.uai, d.score]))
        : new Map<string, number>();
      const list = (await ctx.dataset()).eple.filter(
        (e) =>
          readable(ctx.caller, e.uai) &&
          (!args.wave || e.waveId === args.wave) &&
          (!args.agence || e.agenceUai === args.agence) &&
          (!args.departement || e.departement === args.departement) &&
          (!args.kind || e.kind === args.kind) &&
          (typeof args.inDifficulty !== 'boolean' || scores.has(e.uai) === args.inDifficulty),
      );
      if (order === 'name') list.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      if (order === 'difficulty') list.sort((a, b) => (scores.get(b.uai) ?? 0) - (scores.get(a.uai) ?? 0));
      if (order === 'kit') {
        const rates = new Map(
          await Promise.all(
            list.map(async (e) => [e.uai, (await kitOf(ctx, e, asOf)).rate.percent ?? 0] as const),
          ),
        );
        list.sort((a, b) => (rates.get(a.uai) ?? 0) - (rates.get(b.uai) ?? 0));
      }
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
