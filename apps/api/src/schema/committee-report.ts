import { type CommitteeReport, committeeReport, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { valueOr400 } from '../results.js';
import { ViolationRef } from './agence-rule-violation.js';
import { DifficultyRef } from './difficulty-assessment.js';
import { EnvironmentsRef } from './environment-dates.js';
import { TicketTableRef } from './ticket-table.js';
import { TrainingSummaryRef } from './training-summary.js';
import { WaveFiguresRef, wavesOf } from './wave-figures.js';

const ReportRef = builder.objectRef<CommitteeReport>('CommitteeReport').implement({
  description: "The committee's report: every figure computed from the records as of `asOf`.",
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    academie: t.string({ resolve: (r) => r.academie.name }),
    currentWaveId: t.exposeString('currentWaveId', { nullable: true }),
    waves: t.field({ type: [WaveFiguresRef], resolve: (r) => wavesOf(r) }),
    tickets: t.field({ type: TicketTableRef, resolve: (r) => r.tickets }),
    difficulty: t.field({ type: [DifficultyRef], resolve: (r) => [...r.difficulty.eple] }),
    followedEple: t.int({ resolve: (r) => r.difficulty.assessed }),
    training: t.field({ type: [TrainingSummaryRef], resolve: (r) => [...r.training] }),
    environments: t.field({ type: EnvironmentsRef, resolve: (r) => r.environments }),
    agenceRuleViolations: t.field({ type: [ViolationRef], resolve: (r) => [...r.agenceRuleViolations] }),
  }),
});

builder.queryFields((t) => ({
  committeeReport: t.field({
    type: ReportRef,
    description: "The committee's report as of a day (today when left out), for some waves or all.",
    authScopes: { role: PERMISSIONS.readReport },
    args: {
      asOf: t.arg({ type: 'Date', required: false }),
      waves: t.arg.stringList({
        required: false,
        description:
          'only these waves’ figures (e.g. ["V6"]); the ticket table and the EPLE in difficulty stay académie-wide, as `opale report --wave` gives them',
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
