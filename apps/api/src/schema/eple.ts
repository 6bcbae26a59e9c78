import { type Eple, epleBudget } from '@opale/domain';
import { builder } from '../builder.js';
import { canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { epleFilterOf, eplesOf } from '../eple-figures.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { BudgetStandingEnum } from './budget-standing.js';
import { DifficultyRef } from './difficulty-assessment.js';
import { EpleBudgetRef } from './eple-budget.js';
import { EpleKindEnum } from './eple-kind.js';
import { EpleOrderEnum } from './eple-order.js';
import { FollowUpRef } from './follow-up.js';
import { KitBucketEnum } from './kit-bucket.js';
import { KitCompletionRef, kitOf } from './kit-completion.js';
import { TicketRef } from './ticket.js';

export const EpleRef = builder.node(builder.objectRef<Eple>('Eple'), {
  id: { resolve: (e) => e.uai },
  description:
    'Un EPLE (établissement public local d’enseignement) : collège, lycée ou lycée professionnel qui bascule de GFC vers op@le.',
  authScopes: { signedIn: true },
  loadMany: async (uais, ctx: Context) => {
    const eples = await ctx.loaders.eple.loadMany(uais);
    return uais.map((uai, i) => (canReadEple(ctx.caller, uai) ? (eples[i] as Eple | null) : null));
  },
  fields: (t) => ({
    uai: t.exposeString('uai', { description: 'son UAI : 7 chiffres et une lettre clé (ex. 0801234X)' }),
    name: t.exposeString('name', { description: 'son nom' }),
    kind: t.expose('kind', { type: EpleKindEnum, description: 'son type' }),
    commune: t.exposeString('commune', { description: 'sa commune' }),
    departement: t.exposeString('departement', { description: 'son département (ex. 80, 02, 2A)' }),
    agenceUai: t.exposeString('agenceUai', {
      description: 'l’UAI du siège de son agence comptable (le sien s’il est siège)',
    }),
    waveId: t.exposeString('waveId', { description: 'sa vague de bascule (ex. V6)' }),
    createdOn: t.expose('createdOn', {
      type: 'Date',
      description: 'le jour de sa création dans op@le par le ministère',
    }),
    kit: t.field({
      type: KitCompletionRef,
      description: 'son kit de bascule au jour demandé : actions finalisées par acteur et action par action',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }) },
      resolve: (e, args, ctx) => kitOf(ctx, e, args.asOf ?? ctx.today),
    }),
    budget: t.field({
      type: EpleBudgetRef,
      description: 'son budget de l’année de bascule : exécutoire ou non au jour demandé',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }) },
      resolve: async (e, args, ctx) => {
        const asOf = args.asOf ?? ctx.today;
        // The wave the EPLE was in that day, and its bascule then.
        const plan = await ctx.datasetOn(asOf);
        const then = plan === (await ctx.dataset()) ? e : (plan.eple.find((x) => x.uai === e.uai) ?? e);
        return epleBudget(then, plan.waves, plan.budgets, asOf);
      },
    }),
    difficulty: t.field({
      type: DifficultyRef,
      nullable: true,
      description:
        'son score de difficulté et ses raisons, s’il est repéré en difficulté au jour demandé ; null sinon',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }) },
      resolve: async (e, args, ctx) =>
        (await ctx.report(args.asOf ?? ctx.today)).difficulty.eple.find((d) => d.uai === e.uai) ?? null,
    }),
    tickets: t.field({
      type: [TicketRef],
      description: 'ses tickets ouverts jusqu’au jour demandé, du plus récent au plus ancien',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }) },
      resolve: async (e, args, ctx) => {
        const asOf = args.asOf ?? ctx.today;
        return (await ctx.loaders.ticketsOfEple.load(e.uai)).filter((x) => x.openedOn <= asOf).reverse();
      },
    }),
    followUps: t.field({
      type: [FollowUpRef],
      description:
        'les actions d’accompagnement enregistrées pour lui, de la plus ancienne à la plus récente',
      resolve: async (e, _args, ctx) => [...(await ctx.loaders.followUpsOfEple.load(e.uai))],
    }),
  }),
});

builder.queryFields((t) => ({
  eple: t.field({
    type: EpleRef,
    nullable: true,
    description:
      'Un EPLE par son UAI ; null s’il est inconnu ou si ce n’est pas un établissement de l’appelant.',
    authScopes: { signedIn: true },
    args: { uai: t.arg.string({ required: true, description: 'l’UAI (majuscules ou minuscules)' }) },
    resolve: async (_root, args, ctx) => {
      const uai = args.uai.trim().toUpperCase();
      return canReadEple(ctx.caller, uai) ? ctx.loaders.eple.load(uai) : null;
    },
  }),
  eples: t.connection(
    {
      type: EpleRef,
      authScopes: { signedIn: true },
      description:
        'Les EPLE, par UAI sauf `orderBy` ; un établissement ne voit que les siens. 100 au plus par page.',
      args: {
        wave: t.arg.string({ required: false, description: 'ceux de cette vague (ex. V6)' }),
        agence: t.arg.string({
          required: false,
          description: 'ceux de l’agence comptable dont le siège a cet UAI',
        }),
        departement: t.arg.string({ required: false, description: 'ceux de ce département (ex. 80)' }),
        kind: t.arg.string({
          required: false,
          description: 'ceux de ce type : college, lgt, lpo, lp, erea ou other (les valeurs de `EpleKind`)',
        }),
        inDifficulty: t.arg.boolean({
          required: false,
          description:
            'seulement les EPLE repérés en difficulté au jour `asOf` (true), ou seulement les autres (false)',
        }),
        kitBucket: t.arg({
          type: KitBucketEnum,
          required: false,
          description: 'seulement les EPLE dans cette tranche d’avancement du kit au jour `asOf`',
        }),
        budget: t.arg({
          type: BudgetStandingEnum,
          required: false,
          description:
            'seulement les EPLE dont le budget de l’année de bascule est exécutoire au jour `asOf` (executoire), ou pas encore (pending)',
        }),
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'le jour de la difficulté, du kit et du budget (aujourd’hui si omis)',
        }),
        orderBy: t.arg({
          type: EpleOrderEnum,
          required: false,
          description: 'l’ordre de la liste (par UAI si omis)',
        }),
      },
      resolve: async (_root, args, ctx) => {
        pageSize(args);
        const filter = epleFilterOf(args);
        return page(args, await eplesOf(ctx, filter, args.asOf ?? ctx.today, args.orderBy ?? 'uai'));
      },
    },
    withTotalCount('d’EPLE'),
  ),
}));
