import {
  type CommitteeReport,
  type DifficultyAssessment,
  difficultyOfWave,
  type IsoDate,
  type WaveFigures,
} from '@opale/domain';
import { builder } from '../builder.js';
import { DifficultyRef } from './difficulty-assessment.js';
import { EpleFigureRef } from './eple-figure.js';
import { MilestoneRef } from './milestone.js';
import { WaveBudgetRef } from './wave-budget.js';
import { WaveCountsRef } from './wave-counts.js';
import { WaveKitRef } from './wave-kit.js';

/** A wave's figures with the EPLE in difficulty among its own, as the report gives them. */
interface WaveOfReport extends WaveFigures {
  readonly asOf: IsoDate;
  readonly difficulty: readonly DifficultyAssessment[];
}

/** The waves of a report, each with its EPLE in difficulty. */
export const wavesOf = (report: CommitteeReport): WaveOfReport[] =>
  report.waves.map((w) => ({
    ...w,
    asOf: report.asOf,
    difficulty: difficultyOfWave(report.difficulty.eple, w.id),
  }));

export const WaveFiguresRef = builder.objectRef<WaveOfReport>('WaveFigures').implement({
  description: 'Chaque chiffre d’une vague au jour demandé.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'la vague, comme l’académie l’écrit (ex. V6)' }),
    number: t.exposeInt('number', { description: 'son numéro (6 pour V6)' }),
    switchDate: t.expose('switchDate', { type: 'Date', description: 'le jour de la bascule' }),
    switched: t.exposeBoolean('switched', { description: 'vrai si elle a basculé au jour demandé' }),
    budgetMode: t.exposeString('budgetMode', {
      description:
        'opale (budget saisi dans op@le, bascule au 1er janvier) ou gfc-opale-format (budget saisi dans GFC au format op@le, bascule au 1er septembre) ; une chaîne, car gfc-opale-format a un tiret, interdit dans un nom d’énumération GraphQL',
    }),
    counts: t.field({
      type: WaveCountsRef,
      description: 'EPLE annoncés et rattachés',
      resolve: (w) => w.counts,
    }),
    attached: t.field({
      type: EpleFigureRef,
      description:
        'les EPLE rattachés à la vague, avec leur liste (le nombre annoncé vient du calendrier, non d’une liste)',
      resolve: (w) => ({ asOf: w.asOf, figure: w.counts.attachedCount, filter: { waveId: w.id } }),
    }),
    milestones: t.field({
      type: [MilestoneRef],
      description: 'les étapes de son calendrier',
      resolve: (w) => w.milestones.map((m) => ({ ...m, waveId: w.id })),
    }),
    lateMilestones: t.field({
      type: [MilestoneRef],
      description: 'ses étapes en retard au jour demandé',
      resolve: (w) => w.milestones.filter((m) => m.state === 'late').map((m) => ({ ...m, waveId: w.id })),
    }),
    budget: t.field({
      type: WaveBudgetRef,
      description: 'ses budgets exécutoires',
      resolve: (w) => ({ ...w.budget, asOf: w.asOf }),
    }),
    kit: t.field({
      type: WaveKitRef,
      description: 'l’avancement du kit de bascule de ses EPLE',
      resolve: (w) => ({ ...w.kit, asOf: w.asOf }),
    }),
    difficulty: t.field({
      type: [DifficultyRef],
      description: 'ses EPLE en difficulté au jour demandé, dans l’ordre du rapport',
      resolve: (w) => [...w.difficulty],
    }),
    inDifficulty: t.field({
      type: EpleFigureRef,
      description: 'combien de ses EPLE sont en difficulté au jour demandé, avec leur liste',
      resolve: (w) => ({
        asOf: w.asOf,
        figure: w.difficulty.length,
        filter: { waveId: w.id, inDifficulty: true },
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  waves: t.field({
    type: [WaveFiguresRef],
    description:
      'Chaque vague au jour demandé (aujourd’hui si omis) : EPLE annoncés et rattachés, étapes, budgets et kit.',
    authScopes: { signedIn: true },
    args: {
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour des chiffres (aujourd’hui si omis)',
      }),
    },
    resolve: async (_root, args, ctx) => wavesOf(await ctx.report(args.asOf ?? ctx.today)),
  }),
}));
