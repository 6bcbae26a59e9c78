import { type AgenceRuleViolation, agenceRuleViolations } from './agence.js';
import { assistanceForecast } from './assistance-forecast.js';
import type { Dataset } from './dataset.js';
import type { IsoDate } from './date.js';
import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { type DomainError, domainError, fromErrors, type Result } from './result.js';
import { staffCountsOf, trainingAsOf } from './training-lists.js';
import { planTraining } from './training-plan.js';
import type { Uai } from './uai.js';
import { type BudgetMode, budgetMode, compareWaves, type Wave, type WaveId } from './wave.js';
import { type PlanDecision, planAsOf, type WaveChange } from './wave-history.js';

/** A change of plan tried without touching the records: EPLE moved, bascules moved. */
export interface Scenario {
  /** EPLE moved to another wave. */
  readonly moves: readonly { readonly uai: Uai; readonly toWave: WaveId }[];
  /** Waves whose bascule moves to another day. */
  readonly switchDates: readonly { readonly waveId: WaveId; readonly switchDate: IsoDate }[];
}

/** The most changes one scenario holds: a whole wave of a large académie moved EPLE by EPLE. */
export const MAX_SCENARIO_CHANGES = 2000;

/**
 * Checks a scenario against the records: each moved EPLE exists and goes to a wave that exists,
 * no EPLE is moved twice, each moved bascule names a wave once and a real day. Every bad field is
 * named (e.g. `moves[2].toWave`).
 */
export function validateScenario(input: unknown, dataset: Pick<Dataset, 'eple' | 'waves'>): Result<Scenario> {
  const r = new FieldReader(input, 'scenario');
  if (!r.ok) return { ok: false, errors: r.errors };
  const errors: DomainError[] = [];
  const waves = new Set(dataset.waves.map((w) => w.id));
  const eple = new Set(dataset.eple.map((e) => e.uai));
  const list = (key: 'moves' | 'switchDates'): unknown[] => {
    const value = r.value(key) ?? [];
    if (Array.isArray(value) && value.length <= MAX_SCENARIO_CHANGES) return value;
    errors.push(
      domainError(
        `scenario.${key}`,
        'invalid_format',
        `scenario.${key}: expected a list of at most ${MAX_SCENARIO_CHANGES} changes`,
      ),
    );
    return [];
  };
  const seen = new Set<string>();
  const moves = list('moves').map((raw, i) => {
    const m = new FieldReader(raw, `scenario.moves[${i}]`);
    const uai = m.ok ? m.uai('uai') : '';
    const toWave = m.ok ? m.text('toWave') : '';
    if (uai && !eple.has(uai)) m.error('uai', 'unknown_reference', `no EPLE ${uai} in the records`);
    if (toWave && !waves.has(toWave))
      m.error('toWave', 'unknown_reference', `expected a wave of the records, got ${describe(toWave)}`);
    if (uai && seen.has(uai)) m.error('uai', 'inconsistent', `${uai} is moved twice`);
    seen.add(uai);
    errors.push(...m.errors);
    return { uai, toWave };
  });
  const moved = new Set<string>();
  const switchDates = list('switchDates').map((raw, i) => {
    const d = new FieldReader(raw, `scenario.switchDates[${i}]`);
    const waveId = d.ok ? d.text('waveId') : '';
    const switchDate = d.ok ? d.date('switchDate') : '';
    if (waveId && !waves.has(waveId))
      d.error('waveId', 'unknown_reference', `expected a wave of the records, got ${describe(waveId)}`);
    if (waveId && moved.has(waveId)) d.error('waveId', 'inconsistent', `${waveId} is moved twice`);
    moved.add(waveId);
    errors.push(...d.errors);
    return { waveId, switchDate };
  });
  return fromErrors(errors, () => ({ moves, switchDates }));
}

/** The records as they would be under `scenario`: the EPLE in their new waves, the waves at their new dates. */
export function applyScenario<D extends Pick<Dataset, 'eple' | 'waves'>>(dataset: D, scenario: Scenario): D {
  const to = new Map(scenario.moves.map((m) => [m.uai, m.toWave]));
  const on = new Map(scenario.switchDates.map((d) => [d.waveId, d.switchDate]));
  return {
    ...dataset,
    eple: dataset.eple.map((e) => (to.has(e.uai) ? { ...e, waveId: to.get(e.uai) as WaveId } : e)),
    waves: dataset.waves
      .map((w) => (on.has(w.id) ? { ...w, switchDate: on.get(w.id) as IsoDate } : w))
      .sort(compareWaves),
  };
}

/**
 * The dated changes applying `scenario` to the records' plan makes, decided as `decision` says:
 * one per EPLE whose wave changes and one per wave whose bascule changes (a move to the wave the
 * EPLE is already in changes nothing and is not recorded). The records' plan is the latest one,
 * which holds on the decided day, since no change is decided after the day it is recorded.
 */
export function scenarioChanges(
  dataset: Pick<Dataset, 'eple' | 'waves'>,
  scenario: Scenario,
  decision: PlanDecision,
): WaveChange[] {
  const waveOf = new Map(dataset.eple.map((e) => [e.uai, e.waveId]));
  const dayOf = new Map(dataset.waves.map((w) => [w.id, w.switchDate]));
  const moves = scenario.moves.flatMap((m): WaveChange[] => {
    const from = waveOf.get(m.uai);
    return from === undefined || from === m.toWave
      ? []
      : [{ kind: 'eple-wave', uai: m.uai, from, to: m.toWave, ...decision }];
  });
  const days = scenario.switchDates.flatMap((d): WaveChange[] => {
    const from = dayOf.get(d.waveId);
    return from === undefined || from === d.switchDate
      ? []
      : [{ kind: 'switch-date', waveId: d.waveId, from, to: d.switchDate, ...decision }];
  });
  return [...moves, ...days];
}

/** What a wave would be under one plan: its EPLE, its budget, its training and its assistance load. */
export interface WaveOutlook {
  readonly waveId: WaveId;
  readonly switchDate: IsoDate;
  readonly eple: number;
  readonly budgetMode: BudgetMode;
  /**
   * The training the wave's staff counts call for, scaled by its EPLE (a wave with twice the EPLE
   * trains twice the staff); null when no staff count is recorded for the wave.
   */
  readonly training: {
    readonly groups: number;
    readonly trainersNeeded: number;
    /** Trainers lacking among the volunteers of the waves switched before it. */
    readonly trainersShort: number;
  } | null;
  /** Tickets expected over the sixteen weeks around the bascule, and the busiest week; null without a forecast. */
  readonly load: {
    readonly expected: number;
    readonly peakWeek: { readonly from: IsoDate; readonly expected: number; readonly high: number };
  } | null;
}

/** One plan seen as of a day: the rule violations and each wave's outlook. */
export interface PlanOutlook {
  readonly violations: readonly AgenceRuleViolation[];
  readonly waves: readonly WaveOutlook[];
}

/** A scenario beside the current plan, both as of the same day. */
export interface ScenarioComparison {
  readonly asOf: IsoDate;
  readonly current: PlanOutlook;
  readonly scenario: PlanOutlook;
  /** Waves whose EPLE or date the scenario changes. */
  readonly changedWaves: readonly WaveId[];
}

function trainingOf(
  dataset: Dataset,
  plan: Pick<Dataset, 'eple' | 'waves'>,
  wave: Wave,
  asOf: IsoDate,
): WaveOutlook['training'] {
  // Only the counts planned by the day compared: a later plan does not change a past comparison.
  const staff = staffCountsOf(trainingAsOf(dataset.training, asOf), wave.id);
  if (staff.length === 0) return null;
  const recorded = dataset.eple.filter((e) => e.waveId === wave.id).length;
  const planned = plan.eple.filter((e) => e.waveId === wave.id).length;
  const scale = recorded > 0 ? planned / recorded : 1;
  // The planner takes the volunteers of the waves switched before this one, on the plan's dates.
  const outcome = planTraining({
    waveId: wave.id,
    waves: plan.waves,
    staff: staff.map((s) => ({ trackId: s.trackId, count: Math.round(s.count * scale) })),
    plannedOn: asOf,
    tracks: dataset.training.tracks,
    trainers: dataset.training.trainers,
  });
  if (!outcome.ok) return null;
  const { groups, trainersNeeded, trainersShort } = outcome.value;
  return { groups: groups.length, trainersNeeded, trainersShort };
}

function loadOf(plan: Dataset, waveId: WaveId, asOf: IsoDate): WaveOutlook['load'] {
  const forecast = assistanceForecast(plan, waveId, asOf);
  if (!forecast.ok) return null;
  let expected = 0;
  let peak: { from: IsoDate; expected: number; high: number } | null = null;
  for (const week of forecast.value.weeks) {
    if (!week.forecast) continue;
    expected += week.forecast.all.expected;
    if (!peak || week.forecast.all.expected > peak.expected)
      peak = { from: week.from, expected: week.forecast.all.expected, high: week.forecast.all.high };
  }
  return peak ? { expected, peakWeek: peak } : null;
}

function outlookOf(
  dataset: Dataset,
  plan: Dataset,
  asOf: IsoDate,
  waveIds: ReadonlySet<WaveId>,
): PlanOutlook {
  return {
    violations: agenceRuleViolations(plan.eple, plan.waves),
    waves: plan.waves
      .filter((w) => waveIds.has(w.id))
      .map((wave) => ({
        waveId: wave.id,
        switchDate: wave.switchDate,
        eple: plan.eple.filter((e) => e.waveId === wave.id).length,
        budgetMode: budgetMode(wave),
        training: trainingOf(dataset, plan, wave, asOf),
        load: loadOf(plan, wave.id, asOf),
      })),
  };
}

/**
 * The current plan and `scenario` side by side as of `asOf`, for the waves still to switch that
 * day and those the scenario changes: the agence comptable rule's violations, each wave's EPLE,
 * budget mode, training groups and trainer pairs needed and lacking, and its forecast assistance
 * load. The current plan is the one held on `asOf` (see `planAsOf`). The records are not touched:
 * the scenario is applied to a copy.
 */
export function compareScenario(records: Dataset, scenario: Scenario, asOf: IsoDate): ScenarioComparison {
  const dataset = planAsOf(records, asOf);
  const plan = applyScenario(dataset, scenario);
  const waveOf = new Map(dataset.eple.map((e) => [e.uai, e.waveId]));
  const changed = new Set<WaveId>([
    ...scenario.switchDates.map((d) => d.waveId),
    ...scenario.moves.flatMap((m) => [m.toWave, waveOf.get(m.uai) ?? m.toWave]),
  ]);
  const shown = new Set<WaveId>([
    ...dataset.waves.filter((w) => w.switchDate > asOf).map((w) => w.id),
    ...changed,
  ]);
  return {
    asOf,
    current: outlookOf(dataset, dataset, asOf, shown),
    scenario: outlookOf(dataset, plan, asOf, shown),
    changedWaves: dataset.waves.filter((w) => changed.has(w.id)).map((w) => w.id),
  };
}
