import {
  type IsoDate,
  listRestitutionAlerts,
  PERMISSIONS,
  type RestitutionAlert,
  type RestitutionAlertAsOf,
  restitutionAlertAsOf,
} from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller, canReadEple } from '../caller.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { EpleRef } from './eple.js';
import { RestitutionSeverityEnum } from './restitution-severity.js';

export const RestitutionAlertRef = builder.objectRef<RestitutionAlertAsOf>('RestitutionAlert').implement({
  description:
    'Une alerte relevée par une restitution op@le (un état d’op@le sur l’activité d’un EPLE), telle qu’elle était au jour demandé : active, ou levée et quand.',
  fields: (t) => ({
    id: t.exposeString('id', {
      description:
        'son identité : UAI, jour où elle a été relevée et restitution (ex. 0801234X/2024-01-08/Balance générale)',
    }),
    uai: t.string({ description: 'l’UAI de l’EPLE', resolve: (a) => a.alert.uai }),
    report: t.string({
      description: 'la restitution qui l’a relevée (ex. Balance générale)',
      resolve: (a) => a.alert.report,
    }),
    severity: t.field({
      type: RestitutionSeverityEnum,
      description: 'sa gravité',
      resolve: (a) => a.alert.severity,
    }),
    message: t.string({ description: 'ce que dit la restitution', resolve: (a) => a.alert.message }),
    on: t.field({ type: 'Date', description: 'le jour où elle a été relevée', resolve: (a) => a.alert.on }),
    clearedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'le jour où elle a été levée, s’il est au plus tard le jour demandé ; null sinon',
      resolve: (a) => a.clearedOn ?? null,
    }),
    active: t.exposeBoolean('active', {
      description:
        'vrai si elle était active au jour demandé : relevée ce jour-là ou avant, et pas encore levée',
    }),
    asOf: t.field({ type: 'Date', description: 'le jour demandé', resolve: (a) => a.asOf }),
  }),
});

/** The day of a list of alerts, and whether to keep the active or the cleared ones. */
const dayArgs = builder.args((t) => ({
  asOf: t.field({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }),
  active: t.boolean({
    required: false,
    description: 'seulement les alertes actives ce jour-là (true), ou seulement celles levées (false)',
  }),
}));

builder.objectField(EpleRef, 'restitutions', (t) =>
  t.field({
    type: [RestitutionAlertRef],
    description:
      'les alertes des restitutions op@le relevées jusqu’au jour demandé, telles qu’elles étaient ce jour-là, de la plus récente à la plus ancienne',
    args: dayArgs,
    resolve: async (e, args, ctx) => {
      const dataset = await ctx.dataset();
      const filter = { uai: e.uai, active: args.active ?? undefined };
      return listRestitutionAlerts(dataset.restitutions, dataset.eple, args.asOf ?? ctx.today, filter);
    },
  }),
);

builder.queryFields((t) => ({
  restitutionAlerts: t.connection(
    {
      type: RestitutionAlertRef,
      authScopes: { signedIn: true },
      description:
        'Les alertes des restitutions op@le de l’académie relevées jusqu’au jour demandé, de la plus récente à la plus ancienne ; un établissement ne voit que les siennes. 100 au plus par page.',
      args: {
        ...dayArgs,
        severity: t.arg({
          type: RestitutionSeverityEnum,
          required: false,
          description: 'seulement celles de cette gravité',
        }),
        wave: t.arg.string({
          required: false,
          description: 'seulement celles des EPLE de cette vague (ex. V6)',
        }),
      },
      resolve: async (_root, args, ctx) => {
        pageSize(args);
        const asOf = args.asOf ?? ctx.today;
        const dataset = await ctx.datasetOn(asOf);
        const list = listRestitutionAlerts(dataset.restitutions, dataset.eple, asOf, {
          active: args.active ?? undefined,
          severity: args.severity ?? undefined,
          waveId: args.wave ?? undefined,
          visible: (uai) => canReadEple(ctx.caller, uai),
        });
        return page(args, list);
      },
    },
    withTotalCount('d’alertes'),
  ),
}));

/** What a change answers: the alert as it stands on the later of today and its own days. */
const asWritten = (alert: RestitutionAlert, today: IsoDate) =>
  restitutionAlertAsOf(alert, [today, alert.on, alert.clearedOn ?? alert.on].sort().at(-1) as IsoDate);

const errors = (what: string, types: (typeof InvalidInput | typeof Conflict)[]) => ({
  types,
  union: { description: `Ce que répond ${what} : ce qui a été écrit, ou pourquoi rien ne l’a été.` },
  result: { description: `${what[0]?.toUpperCase()}${what.slice(1)} a réussi.` },
  dataField: { description: 'l’alerte telle qu’elle est après l’écriture' },
});

builder.mutationFields((t) => ({
  recordRestitutionAlert: t.field({
    type: RestitutionAlertRef,
    description:
      'Enregistre une alerte relevée par une restitution op@le sur un EPLE (SI2C, administrateurs). La même alerte enregistrée deux fois ne change rien ; une autre alerte de la même restitution, le même jour, pour le même EPLE est refusée.',
    authScopes: { role: PERMISSIONS.recordRestitutionAlert },
    errors: errors('l’enregistrement d’une alerte des restitutions', [InvalidInput]),
    args: {
      uai: t.arg.string({ required: true, description: 'l’UAI de l’EPLE' }),
      report: t.arg.string({
        required: true,
        description: 'la restitution qui l’a relevée (ex. Balance générale)',
      }),
      severity: t.arg({ type: RestitutionSeverityEnum, required: true, description: 'sa gravité' }),
      message: t.arg.string({ required: true, description: 'ce que dit la restitution' }),
      on: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour où elle a été relevée (aujourd’hui si omis)',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const input = { uai: args.uai, report: args.report, severity: args.severity, message: args.message };
      const written = await ctx.store.restitutions.record(
        { ...input, on: args.on ?? ctx.today },
        actorOf(ctx.caller as Caller),
      );
      return asWritten(unwrap(written), ctx.today);
    },
  }),
  clearRestitutionAlert: t.field({
    type: RestitutionAlertRef,
    description:
      'Lève une alerte active des restitutions op@le, un jour donné (SI2C, administrateurs). Une alerte déjà levée, par quiconque, répond un `Conflict` qui dit quand.',
    authScopes: { role: PERMISSIONS.recordRestitutionAlert },
    errors: errors('la levée d’une alerte des restitutions', [InvalidInput, Conflict]),
    args: {
      uai: t.arg.string({ required: true, description: 'l’UAI de l’EPLE' }),
      report: t.arg.string({ required: true, description: 'la restitution qui l’a relevée' }),
      on: t.arg({ type: 'Date', required: true, description: 'le jour où elle a été relevée' }),
      clearedOn: t.arg({
        type: 'Date',
        required: false,
        description:
          'le jour où elle est levée, au plus tôt celui où elle a été relevée (aujourd’hui si omis)',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const key = { uai: args.uai, report: args.report, on: args.on };
      const written = await ctx.store.restitutions.clear(
        { ...key, clearedOn: args.clearedOn ?? ctx.today },
        actorOf(ctx.caller as Caller),
      );
      return asWritten(unwrap(written), ctx.today);
    },
  }),
}));
