import { type Eple, epleBudget, listEples, needsDifficulty } from '@opale/domain';
import { builder } from '../builder.js';
import { canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { page, pageSize } from '../pages.js';
import { DifficultyRef } from './difficulty-assessment.js';
import { EpleBudgetRef } from './eple-budget.js';
import { EpleOrderEnum } from './eple-order.js';
import { FollowUpRef } from './follow-up.js';
import { KitCompletionRef, kitOf } from './kit-completion.js';
import { TicketRef } from './ticket.js';

export const EpleRef = builder.node(builder.objectRef<Eple>('Eple'), {
  id: { resolve: (e) => e.uai },
  authScopes: { signedIn: true },
  loadMany: async (uais, ctx: Context) => {
    const eples = await ctx.loaders.eple.loadMany(uais);
    return uais.map((uai, i) => (canReadEple(ctx.caller, uai) ? (eples[i] as Eple | null) : null));
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
      resolve: (e, args, ctx) => kitOf(ctx, e, args.asOf ?? ctx.today),
    }),
    budget: t.field({
      type: EpleBudgetRef,
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: async (e, args, ctx) => {
        const dataset = await ctx.dataset();
        return epleBudget(e, dataset.waves, dataset.budgets, args.asOf ?? ctx.today);
      },
    }),
    difficulty: t.field({
      type: DifficultyRef,
      nullable: true,
      description:
        'Its difficulty score and the reasons, when it is flagged as of the day asked; null otherwise.',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: async (e, args, ctx) =>
        (await ctx.report(args.asOf ?? ctx.today)).difficulty.eple.find((d) => d.uai === e.uai) ?? null,
    }),
    tickets: t.field({
      type: [TicketRef],
      description: 'Its tickets opened up to the day asked (today), newest first.',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: async (e, args, ctx) => {
        const asOf = args.asOf ?? ctx.today;
        return (await ctx.loaders.ticketsOfEple.load(e.uai)).filter((x) => x.openedOn <= asOf).reverse();
      },
    }),
    followUps: t.field({
      type: [FollowUpRef],
      resolve: async (e, _args, ctx) => [...(await ctx.loaders.followUpsOfEple.load(e.uai))],
    }),
  }),
});

builder.queryFields((t) => ({
  eple: t.field({
    type: EpleRef,
    nullable: true,
    description: 'One EPLE by UAI; null when unknown or not the caller’s school.',
    authScopes: { signedIn: true },
    args: { uai: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const uai = args.uai.trim().toUpperCase();
      return canReadEple(ctx.caller, uai) ? ctx.loaders.eple.load(uai) : null;
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
      orderBy: t.arg({ type: EpleOrderEnum, required: false, description: 'uai when left out' }),
    },
    resolve: async (_root, args, ctx) => {
      pageSize(args);
      const asOf = args.asOf ?? ctx.today;
      const filter = {
        waveId: args.wave ?? undefined,
        agenceUai: args.agence ?? undefined,
        departement: args.departement ?? undefined,
        kind: args.kind ?? undefined,
        inDifficulty: args.inDifficulty ?? undefined,
      };
      const order = args.orderBy ?? 'uai';
      const scores = needsDifficulty({ filter, order })
        ? new Map((await ctx.report(asOf)).difficulty.eple.map((d) => [d.uai, d.score]))
        : undefined;
      const visible = (uai: string) => canReadEple(ctx.caller, uai);
      const eples = (await ctx.dataset()).eple;
      const options = { filter, visible, difficultyScores: scores };
      if (order !== 'kit') return page(args, listEples(eples, { ...options, order }));
      // Kit rates of the EPLE that pass the filter only: the others are not shown.
      const listed = listEples(eples, { ...options, order: 'uai' });
      const rates = await kitRates(ctx, listed, asOf);
      return page(args, listEples(listed, { filter: {}, order, kitRate: (e) => rates.get(e.uai) }));
    },
  }),
}));

/** The kit rate of each EPLE as of a day, through the request's loaders. */
async function kitRates(ctx: Context, eples: readonly Eple[], asOf: string): Promise<Map<string, number>> {
  const rates = await Promise.all(
    eples.map(async (e) => [e.uai, (await kitOf(ctx, e, asOf)).rate.percent ?? 0] as const),
  );
  return new Map(rates);
}
