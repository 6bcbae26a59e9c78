import { type CommitteeReport, committeeReport } from '@opale/domain';
import { builder } from '../builder.js';
import { valueOr400 } from '../results.js';
import { todayInParis } from '../today.js';
import { DifficultyRef, EnvironmentsRef, TicketTableRef, TrainingRef, ViolationRef } from './figures.js';
import { WaveFiguresRef } from './wave.js';

/** Roles that read the académie's figures across schools. */
export const READERS = ['admin', 'si2c', 'drasi', 'committee'] as const;

const ReportRef = builder.objectRef<CommitteeReport>('CommitteeReport').implement({
  description: "The committee's report: every figure computed from the records as of `asOf`.",
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    academie: t.string({ resolve: (r) => r.academie.name }),
    currentWaveId: t.exposeString('currentWaveId', { nullable: true }),
    waves: t.field({ type: [WaveFiguresRef], resolve: (r) => [...r.waves] }),
    tickets: t.field({ type: TicketTableRef, resolve: (r) => r.tickets }),
    difficulty: t.field({ type: [DifficultyRef], resolve: (r) => [...r.difficulty.eple] }),
    followedEple: t.int({ resolve: (r) => r.difficulty.assessed }),
    training: t.field({ type: [TrainingRef], resolve: (r) => [...r.training] }),
    environments: t.field({ type: EnvironmentsRef, resolve: (r) => r.environments }),
    agenceRuleViolations: t.field({ type: [ViolationRef], resolve: (r) => [...r.agenceRuleViolations] }),
  }),
});

builder.queryFields((t) => ({
  committeeReport: t.field({
    type: ReportRef,
    description: "The committee's report as of a day (today when left out), for some waves or all.",
    authScopes: { role: READERS },
    args: {
      asOf: t.arg({ type: 'Date', required: false }),
      waves: t.arg.stringList({
        required: false,
        description: 'only these waves (e.g. ["V6"]); reads only their records',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const waves = args.waves ?? undefined;
      const dataset = await ctx.dataset();
      return valueOr400(committeeReport(dataset, { asOf: args.asOf ?? todayInParis(), waves }));
    },
  }),
}));
