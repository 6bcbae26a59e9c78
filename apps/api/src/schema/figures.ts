import type {
  AgenceRuleViolation,
  DifficultyAssessment,
  DifficultyReason,
  EnvironmentDates,
  FollowUp,
  MilestoneStatus,
  Rate,
  TicketRow,
  TicketTable,
  TrackSummary,
  TrainingSummary,
  WaveBudget,
  WaveCounts,
  WaveKit,
} from '@opale/domain';
import { builder } from '../builder.js';
import { canReadEple } from '../caller.js';

// The figures of the committee, exposed as the domain computes them: no figure is computed here.

export const RateRef = builder.objectRef<Rate>('Rate').implement({
  description:
    'A count over a total; the percentage is truncated to two decimals, as the committee writes it.',
  fields: (t) => ({
    numerator: t.exposeInt('numerator'),
    denominator: t.exposeInt('denominator'),
    percent: t.exposeFloat('percent', { nullable: true }),
  }),
});

export const WaveCountsRef = builder.objectRef<WaveCounts>('WaveCounts').implement({
  description: 'EPLE planned for the wave and EPLE attached to it; a mismatch is shown, not hidden.',
  fields: (t) => ({
    plannedCount: t.exposeInt('plannedCount', { nullable: true }),
    attachedCount: t.exposeInt('attachedCount'),
    mismatch: t.exposeBoolean('mismatch'),
    difference: t.exposeInt('difference', { nullable: true }),
  }),
});

export const MilestoneRef = builder.objectRef<MilestoneStatus>('Milestone').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    label: t.exposeString('label'),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true }),
    state: t.exposeString('state', {
      description: 'done, done-late, late or upcoming, as of the date asked',
    }),
    daysLate: t.exposeInt('daysLate'),
  }),
});

export const WaveBudgetRef = builder.objectRef<WaveBudget>('WaveBudget').implement({
  description: 'Budgets exécutoires of the wave for the year of its bascule.',
  fields: (t) => ({
    exercise: t.exposeInt('exercise'),
    executoire: t.exposeInt('executoire'),
    total: t.exposeInt('total'),
    rate: t.field({ type: RateRef, resolve: (b) => b.rate }),
    pending: t.stringList({
      description: 'UAI of the EPLE not yet exécutoire (a school user: among their schools only)',
      resolve: (b, _args, ctx) =>
        b.pending.filter((uai) => ctx.caller !== null && canReadEple(ctx.caller, uai)),
    }),
  }),
});

const KitBucketsRef = builder.objectRef<WaveKit['buckets']>('KitBuckets').implement({
  fields: (t) => ({
    below10: t.exposeInt('below10'),
    from10To30: t.exposeInt('from10To30', { description: 'from 10 % to 30 %, both included' }),
    above30: t.exposeInt('above30'),
  }),
});

export const WaveKitRef = builder.objectRef<WaveKit>('WaveKit').implement({
  fields: (t) => ({
    eple: t.exposeInt('eple'),
    actions: t.exposeInt('actions'),
    buckets: t.field({ type: KitBucketsRef, resolve: (k) => k.buckets }),
  }),
});

const TicketRowRef = builder.objectRef<TicketRow>('TicketRow').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    national: t.exposeInt('national', { description: 'escalated to the national level' }),
    si2c: t.exposeInt('si2c'),
    drasi: t.exposeInt('drasi'),
  }),
});

export const TicketTableRef = builder.objectRef<TicketTable>('TicketTable').implement({
  description:
    "The committee's table of ITOP requests opened from `from` to `asOf`, by who handles them as of `asOf`.",
  fields: (t) => ({
    from: t.expose('from', { type: 'Date' }),
    asOf: t.expose('asOf', { type: 'Date' }),
    staleAfterDays: t.exposeInt('staleAfterDays'),
    all: t.field({ type: TicketRowRef, resolve: (x) => x.all }),
    resolved: t.field({ type: TicketRowRef, resolve: (x) => x.resolved }),
    inProgress: t.field({ type: TicketRowRef, resolve: (x) => x.inProgress }),
    inProgressOverThreshold: t.field({ type: TicketRowRef, resolve: (x) => x.inProgressOverThreshold }),
  }),
});

export const FollowUpRef = builder.objectRef<FollowUp>('FollowUp').implement({
  fields: (t) => ({
    uai: t.exposeString('uai'),
    on: t.expose('on', { type: 'Date' }),
    kind: t.exposeString('kind'),
    note: t.exposeString('note'),
    by: t.exposeString('by', { nullable: true }),
  }),
});

const ReasonRef = builder.objectRef<DifficultyReason>('DifficultyReason').implement({
  fields: (t) => ({
    signal: t.exposeString('signal'),
    weight: t.exposeFloat('weight'),
    value: t.exposeInt('value'),
    message: t.exposeString('message', { description: 'in French, for the committee' }),
  }),
});

export const DifficultyRef = builder.objectRef<DifficultyAssessment>('DifficultyAssessment').implement({
  fields: (t) => ({
    uai: t.exposeString('uai'),
    name: t.exposeString('name'),
    commune: t.exposeString('commune'),
    waveId: t.exposeString('waveId'),
    score: t.exposeFloat('score'),
    reasons: t.field({ type: [ReasonRef], resolve: (d) => [...d.reasons] }),
    followUps: t.field({ type: [FollowUpRef], resolve: (d) => [...d.followUps] }),
  }),
});

const TrackRef = builder.objectRef<TrackSummary>('TrackSummary').implement({
  fields: (t) => ({
    trackId: t.exposeString('trackId'),
    label: t.exposeString('label'),
    grouped: t.exposeBoolean('grouped'),
    staff: t.exposeInt('staff'),
    groups: t.exposeInt('groups'),
    pairs: t.exposeInt('pairs'),
    trainers: t.exposeInt('trainers'),
    presentialDays: t.exposeFloat('presentialDays'),
    remoteHours: t.exposeFloat('remoteHours'),
  }),
});

const TrainingTotalsRef = builder.objectRef<TrainingSummary['totals']>('TrainingTotals').implement({
  fields: (t) => ({
    staff: t.exposeInt('staff'),
    groups: t.exposeInt('groups'),
    pairs: t.exposeInt('pairs'),
    trainers: t.exposeInt('trainers'),
  }),
});

export const TrainingRef = builder.objectRef<TrainingSummary>('TrainingSummary').implement({
  fields: (t) => ({
    waveId: t.exposeString('waveId'),
    tracks: t.field({ type: [TrackRef], resolve: (s) => s.tracks }),
    totals: t.field({ type: TrainingTotalsRef, resolve: (s) => s.totals }),
  }),
});

export const EnvironmentsRef = builder.objectRef<EnvironmentDates>('EnvironmentDates').implement({
  description: 'The day of production data in the sandbox (bac à sable) and in FM1: the previous Sunday.',
  fields: (t) => ({
    day: t.expose('day', { type: 'Date' }),
    sandbox: t.expose('sandbox', { type: 'Date' }),
    fm1: t.expose('fm1', { type: 'Date' }),
  }),
});

export const ViolationRef = builder.objectRef<AgenceRuleViolation>('AgenceRuleViolation').implement({
  fields: (t) => ({
    uai: t.exposeString('uai'),
    waveId: t.exposeString('waveId'),
    agenceUai: t.exposeString('agenceUai'),
    agenceWaveId: t.exposeString('agenceWaveId', { nullable: true }),
    kind: t.exposeString('kind'),
    message: t.exposeString('message'),
  }),
});
