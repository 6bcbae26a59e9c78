import { budgetExecutoireOn, budgetExercise, budgetIndex } from './budget.js';
import type { Dataset } from './dataset.js';
import { addDays, daysBetween, type IsoDate } from './date.js';
import {
  DEFAULT_DIFFICULTY_CONFIG,
  type DifficultyConfig,
  type DifficultySignal,
} from './difficulty-config.js';
import type { FollowUp } from './follow-up.js';
import { finalizedCounts, kitBucket } from './kit-progress.js';
import { formatPercentFr, rate } from './rate.js';
import { isRestitutionAlertActive } from './restitution.js';
import { type OpenTickets, ticketFigures } from './ticket-table.js';
import type { Uai } from './uai.js';
import type { Wave, WaveId } from './wave.js';

/** One signal that fired for an EPLE: what it adds and why, in French for the committee. */
export interface DifficultyReason {
  readonly signal: DifficultySignal;
  readonly weight: number;
  /** The measured value behind the signal (actions finalized, days, tickets, alerts). */
  readonly value: number;
  readonly message: string;
}

/** The difficulty score of one EPLE as of a date, with every reason behind it. */
export interface DifficultyAssessment {
  readonly uai: Uai;
  readonly name: string;
  readonly commune: string;
  readonly waveId: WaveId;
  readonly score: number;
  readonly flagged: boolean;
  readonly reasons: readonly DifficultyReason[];
  /** Follow-up actions recorded for it up to the date. */
  readonly followUps: readonly FollowUp[];
}

/** The EPLE in difficulty as of a date, and the rule that flagged them. */
export interface DifficultyReport {
  readonly asOf: IsoDate;
  readonly config: DifficultyConfig;
  /** Waves whose EPLE are followed as of the date. */
  readonly followedWaves: readonly WaveId[];
  /** EPLE assessed. */
  readonly assessed: number;
  /** Flagged EPLE, highest score first. */
  readonly eple: readonly DifficultyAssessment[];
}

/** Precomputed indexes the report shares between figures, so that each record is read once. */
export interface DifficultyIndexes {
  readonly finalized?: ReadonlyMap<Uai, number>;
  readonly budgets?: ReadonlyMap<string, IsoDate>;
  /** Open tickets per EPLE as of the date, counted with `config.staleAfterDays`. */
  readonly openTickets?: ReadonlyMap<Uai, OpenTickets>;
}

/** Waves whose EPLE are followed as of `asOf`: from `leadDays` before their bascule to `followDays` after. */
export function followedWaves(waves: readonly Wave[], asOf: IsoDate, config: DifficultyConfig): Wave[] {
  return waves.filter((w) => {
    const days = daysBetween(w.switchDate, asOf);
    return days >= -config.leadDays && days <= config.followDays;
  });
}

/** The EPLE followed as of `asOf`: those of the {@link followedWaves}. */
export function followedEple(dataset: Dataset, asOf: IsoDate, config: DifficultyConfig) {
  const waves = followedWaves(dataset.waves, asOf, config);
  const ids = new Set(waves.map((w) => w.id));
  const eple = dataset.eple.filter((e) => ids.has(e.waveId));
  return { waves, eple, uais: new Set(eple.map((e) => e.uai)) as ReadonlySet<Uai> };
}

function groupByUai<T extends { readonly uai: Uai }>(
  records: readonly T[],
  keep: (r: T) => boolean,
): Map<Uai, T[]> {
  const byUai = new Map<Uai, T[]>();
  for (const r of records) {
    if (!keep(r)) continue;
    const list = byUai.get(r.uai);
    if (list) list.push(r);
    else byUai.set(r.uai, [r]);
  }
  return byUai;
}

/**
 * Scores the EPLE of the followed waves as of `asOf` by the transparent rule of `config`: kit
 * bucket, budget not exécutoire after the bascule, open tickets, tickets open too long, active
 * restitution alerts. Returns the flagged EPLE with their reasons and follow-ups.
 */
export function assessDifficulty(
  dataset: Dataset,
  asOf: IsoDate,
  config: DifficultyConfig = DEFAULT_DIFFICULTY_CONFIG,
  indexes: DifficultyIndexes = {},
): DifficultyReport {
  const { waves, eple, uais: followed } = followedEple(dataset, asOf, config);
  const waveById = new Map(waves.map((w) => [w.id, w]));
  const finalized = indexes.finalized ?? finalizedCounts(dataset.kit.events, dataset.kit.actions, asOf);
  const budgets = indexes.budgets ?? budgetIndex(dataset.budgets);
  const tickets =
    indexes.openTickets ??
    ticketFigures(dataset.tickets, { from: asOf, asOf, staleAfterDays: config.staleAfterDays }, (u) =>
      followed.has(u),
    ).openByEple;
  const alerts = groupByUai(
    dataset.restitutions,
    (a) => followed.has(a.uai) && isRestitutionAlertActive(a, asOf),
  );
  const followUps = groupByUai(dataset.followUps, (f) => followed.has(f.uai) && f.on <= asOf);
  const totalActions = dataset.kit.actions.length;
  const w = config.weights;

  const assessed = eple.map((e): DifficultyAssessment => {
    const wave = waveById.get(e.waveId) as Wave;
    const reasons: DifficultyReason[] = [];
    const add = (signal: DifficultySignal, value: number, message: string) => {
      if (w[signal] > 0) reasons.push({ signal, weight: w[signal], value, message });
    };
    const done = finalized.get(e.uai) ?? 0;
    if (totalActions > 0) {
      const bucket = kitBucket(done, totalActions);
      const share = `${done} action${done > 1 ? 's' : ''} finalisée${done > 1 ? 's' : ''} sur ${totalActions} (${formatPercentFr(rate(done, totalActions).percent)})`;
      if (bucket === 'below10') add('kit-below-10', done, `Kit de bascule : ${share}, moins de 10 %`);
      if (bucket === 'from10To30') add('kit-10-to-30', done, `Kit de bascule : ${share}, entre 10 et 30 %`);
    }
    const exercise = budgetExercise(wave);
    const dueFrom = addDays(wave.switchDate, config.budgetGraceDays);
    if (asOf > dueFrom && budgetExecutoireOn(budgets, e.uai, exercise, asOf) === null) {
      const days = daysBetween(wave.switchDate, asOf);
      add('budget-not-executoire', days, `Budget ${exercise} non exécutoire ${days} jours après la bascule`);
    }
    const t = tickets.get(e.uai);
    if (t && t.open >= config.openTicketsThreshold) {
      add('open-tickets', t.open, `${t.open} demandes d'assistance en cours`);
    }
    if (t && t.stale >= config.staleTicketsThreshold && t.stale > 0) {
      add(
        'stale-tickets',
        t.stale,
        `${t.stale} demande${t.stale > 1 ? 's' : ''} en cours depuis plus de ${config.staleAfterDays} jours`,
      );
    }
    const active = alerts.get(e.uai) ?? [];
    if (active.length >= config.restitutionAlertsThreshold && active.length > 0) {
      const reports = [...new Set(active.map((a) => a.report))].join(', ');
      add(
        'restitution-alerts',
        active.length,
        `${active.length} alerte${active.length > 1 ? 's' : ''} des restitutions op@le (${reports})`,
      );
    }
    const score = reasons.reduce((sum, r) => sum + r.weight, 0);
    return {
      uai: e.uai,
      name: e.name,
      commune: e.commune,
      waveId: e.waveId,
      score,
      flagged: score >= config.scoreThreshold && score > 0,
      reasons,
      followUps: followUps.get(e.uai) ?? [],
    };
  });

  const flagged = assessed
    .filter((a) => a.flagged)
    .sort((a, b) => b.score - a.score || (a.uai < b.uai ? -1 : a.uai > b.uai ? 1 : 0));
  return { asOf, config, followedWaves: waves.map((x) => x.id), assessed: assessed.length, eple: flagged };
}

/**
 * The EPLE in difficulty of one wave, in the order of `assessments` (the report's: highest score
 * first). The committee's report covers the whole académie even when it narrows its waves: this
 * is how a page on one wave reads its share.
 */
export function difficultyOfWave(
  assessments: readonly DifficultyAssessment[],
  waveId: string,
): DifficultyAssessment[] {
  return assessments.filter((a) => a.waveId === waveId);
}
