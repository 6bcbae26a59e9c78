import { type CommitteeReport, committeeReport, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { valueOr400 } from '../results.js';
import { ViolationRef } from './agence-rule-violation.js';
import { DifficultyRef } from './difficulty-assessment.js';
import { EnvironmentsRef } from './environment-dates.js';
import { EpleFigureRef } from './eple-figure.js';
import { OutsideItopRef } from './outside-itop.js';
import { TicketTableRef } from './ticket-table.js';
import { TrainingSummaryRef } from './training-summary.js';
import { WaveFiguresRef, wavesOf } from './wave-figures.js';

export const ReportRef = builder.objectRef<CommitteeReport>('CommitteeReport').implement({
  description:
    'Le rapport du comité de suivi : chaque chiffre calculé à partir des enregistrements, au jour `asOf`.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date', description: 'le jour des chiffres' }),
    academie: t.string({ description: 'le nom de l’académie', resolve: (r) => r.academie.name }),
    currentWaveId: t.exposeString('currentWaveId', {
      nullable: true,
      description: 'la vague en cours au jour des chiffres : la dernière basculée ; null avant la première',
    }),
    waves: t.field({
      type: [WaveFiguresRef],
      description: 'les chiffres de chaque vague choisie (toutes quand `waves` est omis)',
      resolve: (r) => wavesOf(r),
    }),
    tickets: t.field({
      type: TicketTableRef,
      description: 'le tableau des demandes ITOP de l’année scolaire, pour toute l’académie',
      resolve: (r) => r.tickets,
    }),
    outsideItop: t.field({
      type: OutsideItopRef,
      description: 'les demandes reçues hors ITOP sur la même période, sur une ligne à part',
      resolve: (r) => r.outsideItop,
    }),
    difficulty: t.field({
      type: [DifficultyRef],
      description:
        'les EPLE en difficulté au jour des chiffres, du score le plus élevé au plus bas, pour toute l’académie',
      resolve: (r) => [...r.difficulty.eple],
    }),
    inDifficulty: t.field({
      type: EpleFigureRef,
      description: 'combien d’EPLE sont en difficulté au jour des chiffres, avec leur liste',
      resolve: (r) => ({ asOf: r.asOf, figure: r.difficulty.eple.length, filter: { inDifficulty: true } }),
    }),
    followedEple: t.int({
      description: 'combien d’EPLE basculés ont été examinés pour repérer ceux en difficulté',
      resolve: (r) => r.difficulty.assessed,
    }),
    training: t.field({
      type: [TrainingSummaryRef],
      description: 'la formation de chaque vague : parcours, groupes, binômes de formateurs',
      resolve: (r) => [...r.training],
    }),
    environments: t.field({
      type: EnvironmentsRef,
      description: 'le jour des données du bac à sable et de FM1',
      resolve: (r) => r.environments,
    }),
    agenceRuleViolations: t.field({
      type: [ViolationRef],
      description:
        'les EPLE rattachés qui basculent avant leur agence comptable, ou dont l’agence est inconnue',
      resolve: (r) => [...r.agenceRuleViolations],
    }),
  }),
});

builder.queryFields((t) => ({
  committeeReport: t.field({
    type: ReportRef,
    description:
      'Le rapport du comité au jour demandé (aujourd’hui, à Paris, s’il est omis), pour certaines vagues ou toutes.',
    authScopes: { role: PERMISSIONS.readReport },
    args: {
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour des chiffres (aujourd’hui si omis)',
      }),
      waves: t.arg.stringList({
        required: false,
        description:
          'les chiffres de ces vagues seulement (ex. ["V6"]) ; le tableau des demandes et les EPLE en difficulté restent ceux de toute l’académie, comme `opale report --wave` les donne',
      }),
    },
    resolve: async (_root, args, ctx) =>
      valueOr400(
        committeeReport(await ctx.dataset(), {
          asOf: args.asOf ?? ctx.today,
          waves: args.waves ?? undefined,
        }),
      ),
  }),
}));
