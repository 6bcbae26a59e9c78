import {
  type CommitteeReport,
  type DifficultyAssessment,
  difficultyOfWave,
  type WaveFigures,
} from '@opale/domain';
import { builder } from '../builder.js';
import { DifficultyRef } from './difficulty-assessment.js';
import { MilestoneRef } from './milestone.js';
import { WaveBudgetRef } from './wave-budget.js';
import { WaveCountsRef } from './wave-counts.js';
import { WaveKitRef } from './wave-kit.js';

/** A wave's figures with the EPLE in difficulty among its own, as the report gives them. */
interface WaveOfReport extends WaveFigures {
  readonly difficulty: readonly DifficultyAssessment[];
}

/** The waves of a report, each with its EPLE in difficulty. */
export const wavesOf = (report: CommitteeReport): WaveOfReport[] =>
  report.waves.map((w) => ({ ...w, difficulty: difficultyOfWave(report.difficulty.eple, w.id) }));

export const WaveFiguresRef = builder.objectRef<WaveOfReport>('WaveFigures').implement({
  description: 'Every figure of one wave as of the date asked.',
  fields: (t) => ({
    id: t.exposeString('id'),
    number: t.exposeInt('number'),
    switchDate: t.expose('switchDate', { type: 'Date' }),
    switched: t.exposeBoolean('switched'),
    budgetMode: t.exposeString('budgetMode'),
    counts: t.field({ type: WaveCountsRef, resolve: (w) => w.counts }),
    milestones: t.field({ type: [MilestoneRef], resolve: (w) => [...w.milestones] }),
    lateMilestones: t.field({
      type: [MilestoneRef],
      resolve: (w) => w.milestones.filter((m) => m.state === 'late'),
    }),
    budget: t.field({ type: WaveBudgetRef, resolve: (w) => w.budget }),
    kit: t.field({ type: WaveKitRef, resolve: (w) => w.kit }),
    difficulty: t.field({
      type: [DifficultyRef],
      description: 'its EPLE in difficulty as of the day asked, in the report’s order',
      resolve: (w) => [...w.difficulty],
    }),
  }),
});

builder.queryFields((t) => ({
  waves: t.field({
    type: [WaveFiguresRef],
    description:
      'Every wave as of a day (today when left out): planned and attached EPLE, milestones, budgets and kit.',
    authScopes: { signedIn: true },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (_root, args, ctx) => wavesOf(await ctx.report(args.asOf ?? ctx.today)),
  }),
}));
