import { type AgenceRuleViolation, agenceRuleViolations } from './agence.js';
import { budgetIndex, type WaveBudget, waveBudget } from './budget.js';
import type { Academie, Dataset } from './dataset.js';
import { type IsoDate, parseIsoDate, schoolYearStart } from './date.js';
import { describe } from './describe.js';
import { assessDifficulty, type DifficultyReport, followedEple } from './difficulty.js';
import { DEFAULT_DIFFICULTY_CONFIG, validateDifficultyConfig } from './difficulty-config.js';
import { type DifficultySetting, difficultyConfigOn, sortDifficultySettings } from './difficulty-settings.js';
import { type EnvironmentDates, environmentDates } from './environment.js';
import type { Eple } from './eple.js';
import { finalizedCounts, type WaveKit, waveKit } from './kit-progress.js';
import { calendarAsOf } from './milestone-history.js';
import { type OutsideItop, outsideItop } from './outside-itop.js';
import { type DomainError, domainError, fromErrors, ok, type Result } from './result.js';
import { type TicketTable, ticketFigures } from './ticket-table.js';
import { trainingAsOf } from './training-lists.js';
import { type TrainingSummary, trainingSummary } from './training-plan.js';
import {
  type BudgetMode,
  budgetMode,
  currentWave,
  hasSwitched,
  type MilestoneStatus,
  milestoneStatus,
  type Wave,
  type WaveId,
} from './wave.js';
import { type WaveCounts, waveCounts } from './wave-counts.js';
import { planAsOf } from './wave-history.js';

/** Every figure of one wave as of the report's date. */
export interface WaveFigures {
  readonly id: WaveId;
  readonly number: number;
  readonly switchDate: IsoDate;
  readonly switched: boolean;
  readonly budgetMode: BudgetMode;
  readonly counts: WaveCounts;
  readonly milestones: readonly MilestoneStatus[];
  readonly budget: WaveBudget;
  readonly kit: WaveKit;
}

/** The committee's report: one JSON-serialisable object holding every figure, as of `asOf`. */
export interface CommitteeReport {
  readonly asOf: IsoDate;
  readonly academie: Academie;
  /** The latest wave switched as of `asOf`. */
  readonly currentWaveId: WaveId | null;
  readonly waves: readonly WaveFigures[];
  /** ITOP tickets opened since `tickets.from` (the start of the school year by default). */
  readonly tickets: TicketTable;
  /** Requests by mail, phone and visio over the same period: a line of their own, never in `tickets`. */
  readonly outsideItop: OutsideItop;
  readonly difficulty: DifficultyReport;
  /** The difficulty rule's history up to `asOf` (entries in force on or before it), oldest first. */
  readonly difficultyRules: readonly DifficultySetting[];
  /** Training of the waves that have a plan (groups or staff counts). */
  readonly training: readonly TrainingSummary[];
  readonly environments: EnvironmentDates;
  readonly agenceRuleViolations: readonly AgenceRuleViolation[];
}

/** What the report is computed for. */
export interface ReportOptions {
  /** Reference date: every figure is as of this day. */
  readonly asOf: string;
  /** First day of the ticket table's period; the start of the school year of `asOf` by default. */
  readonly ticketsFrom?: string;
  /**
   * Restrict the wave figures to these waves (all by default): the ticket table and the EPLE in
   * difficulty stay académie-wide (see `difficultyOfWave` for one wave's share).
   */
  readonly waves?: readonly string[];
  /**
   * A difficulty rule to try instead of the one in force (any part left out takes the default);
   * by default the rule in force on `asOf` in the records' history (`difficultyConfigOn`).
   */
  readonly difficulty?: unknown;
}

function checkOptions(dataset: Dataset, options: ReportOptions): DomainError[] {
  const errors: DomainError[] = [];
  const asOf = parseIsoDate(options.asOf, 'asOf');
  if (!asOf.ok) errors.push(...asOf.errors);
  if (options.ticketsFrom !== undefined) {
    const from = parseIsoDate(options.ticketsFrom, 'ticketsFrom');
    if (!from.ok) errors.push(...from.errors);
    else if (asOf.ok && from.value > asOf.value) {
      errors.push(
        domainError(
          'ticketsFrom',
          'out_of_range',
          `ticketsFrom: expected a day on or before asOf (${asOf.value})`,
        ),
      );
    }
  }
  const known = new Set(dataset.waves.map((w) => w.id));
  (options.waves ?? []).forEach((id, i) => {
    if (!known.has(id)) {
      errors.push(
        domainError(
          `waves[${i}]`,
          'unknown_reference',
          `waves[${i}]: unknown wave ${describe(id)}, expected one of ${[...known].join(', ')}`,
        ),
      );
    }
  });
  return errors;
}

/**
 * Computes the committee's report from the records of `dataset` as of `options.asOf`: waves
 * (planned and attached EPLE, milestones), budgets exécutoires and kit buckets per wave, the
 * ticket table since the start of the school year, EPLE in difficulty with their reasons, the
 * training plans, the sandbox and FM1 data dates, and breaches of the agence comptable rule.
 * EPLE and bascules are those of the plan as of that day (see `planAsOf`): a wave change decided
 * later leaves the report as it was. The dataset is trusted to be valid (see `validateDataset`);
 * the options are checked.
 */
export function committeeReport(records: Dataset, options: ReportOptions): Result<CommitteeReport> {
  const difficultyConfig =
    options.difficulty === undefined
      ? ok(difficultyConfigOn(records.difficultySettings, options.asOf))
      : validateDifficultyConfig(options.difficulty);
  const errors = [...checkOptions(records, options), ...(difficultyConfig.ok ? [] : difficultyConfig.errors)];
  return fromErrors(errors, () => {
    const asOf = options.asOf;
    // The EPLE in the waves, and the waves on the days, the plan held on `asOf`.
    const dataset = planAsOf(records, asOf);
    const config = difficultyConfig.ok ? difficultyConfig.value : DEFAULT_DIFFICULTY_CONFIG;
    const selected = options.waves ? new Set(options.waves) : null;
    const waves = dataset.waves.filter((w) => selected === null || selected.has(w.id));
    // Each kind of record is read once, and the indexes are shared between the figures.
    const finalized = finalizedCounts(dataset.kit.events, dataset.kit.actions, asOf);
    const budgets = budgetIndex(dataset.budgets);
    const followed = followedEple(dataset, asOf, config).uais;
    const tickets = ticketFigures(
      dataset.tickets,
      { from: options.ticketsFrom ?? schoolYearStart(asOf), asOf, staleAfterDays: config.staleAfterDays },
      (uai) => followed.has(uai),
    );
    const epleByWave = new Map<WaveId, Eple[]>(waves.map((w) => [w.id, []]));
    for (const e of dataset.eple) epleByWave.get(e.waveId)?.push(e);
    const epleOf = (wave: Wave) => epleByWave.get(wave.id) ?? [];
    const training = trainingAsOf(dataset.training, asOf);
    const planned = new Set([
      ...training.groups.map((g) => g.waveId),
      ...training.staff.map((s) => s.waveId),
    ]);
    return {
      asOf,
      academie: dataset.academie,
      currentWaveId: currentWave(dataset.waves, asOf)?.id ?? null,
      waves: waves.map((wave) => ({
        id: wave.id,
        number: wave.number,
        switchDate: wave.switchDate,
        switched: hasSwitched(wave, asOf),
        budgetMode: budgetMode(wave),
        counts: waveCounts(wave, epleOf(wave)),
        milestones: calendarAsOf(wave, asOf).map((m) => milestoneStatus(m, asOf)),
        budget: waveBudget(wave, epleOf(wave), dataset.budgets, asOf),
        kit: waveKit(wave, epleOf(wave), dataset.kit.actions, finalized, asOf),
      })),
      tickets: tickets.table,
      outsideItop: outsideItop(dataset.tickets, { from: tickets.table.from, asOf }),
      difficulty: assessDifficulty(dataset, asOf, config, {
        finalized,
        budgets,
        openTickets: tickets.openByEple,
      }),
      difficultyRules: sortDifficultySettings(
        (dataset.difficultySettings ?? []).filter((s) => s.effectiveOn <= asOf),
      ),
      training: waves.filter((w) => planned.has(w.id)).map((w) => trainingSummary(w.id, training, asOf)),
      environments: environmentDates(asOf),
      agenceRuleViolations: agenceRuleViolations(dataset.eple, dataset.waves),
    };
  });
}
