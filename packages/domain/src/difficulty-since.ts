import type { Dataset } from './dataset.js';
import { addDays, type IsoDate } from './date.js';
import { assessDifficulty } from './difficulty.js';
import { DEFAULT_DIFFICULTY_CONFIG, type DifficultyConfig } from './difficulty-config.js';
import { difficultyConfigOn } from './difficulty-settings.js';
import type { Uai } from './uai.js';
import { planAsOf } from './wave-history.js';

/** One EPLE's own records: assessing it alone gives what assessing the whole académie gives it. */
export type EpleRecords = Dataset;

/**
 * Splits the per-EPLE records of `dataset` by UAI, once, for {@link flaggedSince}: waves, the
 * kit's actions and the rule's history are shared; every other record goes to its EPLE.
 */
export function recordsByEple(dataset: Dataset, uais: ReadonlySet<Uai>): Map<Uai, EpleRecords> {
  const own = new Map<Uai, EpleRecords>();
  for (const e of dataset.eple) {
    if (!uais.has(e.uai)) continue;
    own.set(e.uai, {
      ...dataset,
      eple: [e],
      budgets: [],
      kit: { actions: dataset.kit.actions, events: [] },
      tickets: [],
      restitutions: [],
      followUps: [],
    });
  }
  const push = <K extends 'budgets' | 'tickets' | 'restitutions' | 'followUps'>(
    key: K,
    records: Dataset[K],
  ) => {
    for (const r of records) {
      const target = r.uai === undefined ? undefined : own.get(r.uai);
      if (target) (target[key] as unknown[]).push(r);
    }
  };
  push('budgets', dataset.budgets);
  push('tickets', dataset.tickets);
  push('restitutions', dataset.restitutions);
  push('followUps', dataset.followUps);
  for (const k of dataset.kit.events) {
    const target = own.get(k.uai);
    if (target) (target.kit.events as unknown[]).push(k);
  }
  return own;
}

/**
 * The days on which the flag of the EPLE of `records` may change, given every rule of the
 * history: a dated record of its own (kit event, budget exécutoire, ticket opened or changed,
 * alert raised or cleared), a ticket turning stale, the bascule's grace ending, its wave entering
 * or leaving the followed window (in every plan the records held), the plan changing, a rule taking
 * effect. Between two such days every input of the
 * assessment is the same, so the flag is too.
 */
export function flagChangeDays(records: EpleRecords): IsoDate[] {
  const configs: DifficultyConfig[] = [
    DEFAULT_DIFFICULTY_CONFIG,
    ...(records.difficultySettings ?? []).map((s) => s.config),
  ];
  const days = new Set<IsoDate>((records.difficultySettings ?? []).map((s) => s.effectiveOn));
  // Every plan the records held: today's, and the one before each change of it, itself a change day.
  const changes = records.waveChanges ?? [];
  for (const c of changes) days.add(c.on);
  for (const plan of [records, ...changes.map((c) => planAsOf(records, addDays(c.on, -1)))]) {
    const waves = new Map(plan.waves.map((w) => [w.id, w]));
    for (const e of plan.eple) {
      const wave = waves.get(e.waveId);
      if (!wave) continue;
      for (const c of configs) {
        days.add(addDays(wave.switchDate, -c.leadDays));
        days.add(addDays(wave.switchDate, c.followDays + 1));
        days.add(addDays(wave.switchDate, c.budgetGraceDays + 1));
      }
    }
  }
  for (const b of records.budgets) days.add(b.executoireOn);
  for (const k of records.kit.events) days.add(k.on);
  for (const a of records.restitutions) {
    days.add(a.on);
    if (a.clearedOn !== undefined) days.add(a.clearedOn);
  }
  for (const t of records.tickets) {
    days.add(t.openedOn);
    for (const c of configs) days.add(addDays(t.openedOn, c.staleAfterDays + 1));
    for (const ev of t.history) days.add(ev.on);
  }
  return [...days].sort();
}

/** Whether the EPLE of `records` is flagged on `day`, by the rule in force and the plan held that day. */
function flaggedOn(records: EpleRecords, day: IsoDate): boolean {
  const config = difficultyConfigOn(records.difficultySettings, day);
  return assessDifficulty(planAsOf(records, day), day, config).eple.length > 0;
}

/**
 * The day the EPLE of `records` was flagged since, as of `asOf`: the first day of the unbroken
 * run of flagged days that ends on `asOf` (each day judged by the rule in force that day), or
 * `null` when it is not flagged on `asOf`. A flag lifted for a day and raised again starts a new
 * run. Rather than every day, only the days the flag may change ({@link flagChangeDays}) are
 * assessed, walking back from `asOf`: the flag on the day before each of them tells whether the
 * run goes on.
 */
export function flaggedSince(records: EpleRecords, asOf: IsoDate): IsoDate | null {
  if (!flaggedOn(records, asOf)) return null;
  const changes = flagChangeDays(records).filter((d) => d <= asOf);
  for (let i = changes.length - 1; i >= 0; i--) {
    const day = changes[i] as IsoDate;
    if (!flaggedOn(records, addDays(day, -1))) return day;
  }
  // Unreachable with a valid wave: the day its window opens is a change day before any flag.
  return changes[0] ?? asOf;
}
