import {
  type AssistanceForecast,
  assistanceForecast,
  EPLE_KINDS,
  NO_FORECAST_REASONS,
  type NoForecastReason,
  PERMISSIONS,
} from '@opale/domain';
import { builder } from '../builder.js';
import { BackTestRef } from './back-test.js';
import { describedValues } from './enum-values.js';
import { EpleKindEnum } from './eple-kind.js';
import { ForecastWeekRef } from './forecast-week.js';

const NoForecastReasonEnum = builder.enumType('NoForecastReason', {
  description: 'Pourquoi il n’y a pas de prévision.',
  values: describedValues(NO_FORECAST_REASONS, {
    unknownWave: 'aucune vague ne porte cet identifiant',
    noEple: 'la vague n’a ni EPLE rattaché ni nombre annoncé',
    noHistory: 'aucune vague d’avant n’a de tickets connus autour de sa bascule',
  }),
});

interface NoForecast {
  readonly reason: NoForecastReason;
  readonly message: string;
}

const NoForecastRef = builder.objectRef<NoForecast>('NoForecast').implement({
  description: 'Il n’y a pas de prévision, et voici pourquoi.',
  fields: (t) => ({
    reason: t.field({ type: NoForecastReasonEnum, description: 'la raison', resolve: (n) => n.reason }),
    message: t.exposeString('message', { description: 'la raison en clair (en anglais, pour les journaux)' }),
  }),
});

interface KindCount {
  readonly kind: (typeof EPLE_KINDS)[number];
  readonly count: number;
}

const KindCountRef = builder.objectRef<KindCount>('ForecastKindCount').implement({
  description: 'Les EPLE d’un type dans la vague prévue.',
  fields: (t) => ({
    kind: t.field({ type: EpleKindEnum, description: 'le type d’EPLE', resolve: (k) => k.kind }),
    count: t.exposeFloat('count', {
      description: 'leur nombre (une part du nombre annoncé quand la vague n’a pas encore ses EPLE)',
    }),
  }),
});

const AssistanceForecastRef = builder.objectRef<AssistanceForecast>('AssistanceForecast').implement({
  description:
    'La charge d’assistance attendue pour une vague : les tickets par semaine de quatre semaines avant sa bascule à douze après, par équipe, avec un intervalle à 80 %, tirés des tickets par EPLE de chaque type des vagues passées autour de leur propre bascule ; seuls les enregistrements connus au jour demandé sont lus.',
  fields: (t) => ({
    waveId: t.exposeString('waveId', { description: 'la vague prévue' }),
    asOf: t.expose('asOf', { type: 'Date', description: 'le jour de la prévision' }),
    switchDate: t.expose('switchDate', { type: 'Date', description: 'le jour de sa bascule' }),
    epleCount: t.int({
      description: 'les EPLE pour lesquels la charge est prévue',
      resolve: (f) => f.eple.count,
    }),
    epleFromPlan: t.boolean({
      description:
        'vrai quand la vague n’a pas encore ses EPLE : le nombre annoncé, réparti comme les vagues passées',
      resolve: (f) => f.eple.source === 'planned',
    }),
    byKind: t.field({
      type: [KindCountRef],
      description: 'ces EPLE par type',
      resolve: (f) =>
        EPLE_KINDS.flatMap((kind) => {
          const count = f.eple.byKind[kind];
          return count ? [{ kind, count }] : [];
        }),
    }),
    kindsWithoutHistory: t.field({
      type: [EpleKindEnum],
      description: 'les types qu’aucune vague passée n’avait : prévus au taux de tous les types',
      resolve: (f) => [...f.kindsWithoutHistory],
    }),
    dispersion: t.exposeFloat('dispersion', {
      description:
        'combien les vagues passées s’écartent plus que le hasard (1 : pas plus) ; les intervalles s’élargissent d’autant',
    }),
    weeks: t.field({
      type: [ForecastWeekRef],
      description: 'les seize semaines',
      resolve: (f) => [...f.weeks],
    }),
    backTest: t.field({
      type: BackTestRef,
      description:
        'chaque vague passée prévue à partir des vagues d’avant elle, comparée à ce qui est arrivé',
      resolve: (f) => f.backTest,
    }),
  }),
});

const AssistanceForecastResult = builder.unionType('AssistanceForecastResult', {
  description: 'La prévision, ou pourquoi il n’y en a pas.',
  types: [AssistanceForecastRef, NoForecastRef],
  resolveType: (value) => ('reason' in value ? NoForecastRef : AssistanceForecastRef),
});

builder.queryFields((t) => ({
  assistanceForecast: t.field({
    type: AssistanceForecastResult,
    description:
      'La charge d’assistance attendue pour une vague à venir, au jour demandé (aujourd’hui si omis), et le test rétrospectif des vagues passées.',
    authScopes: { role: PERMISSIONS.readReport },
    args: {
      waveId: t.arg.string({ required: true, description: 'la vague à prévoir, ex. « V7 »' }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour de la prévision : seuls les enregistrements connus ce jour-là comptent',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const outcome = assistanceForecast(await ctx.dataset(), args.waveId, args.asOf ?? ctx.today);
      return outcome.ok ? outcome.value : { reason: outcome.reason, message: outcome.message };
    },
  }),
}));
