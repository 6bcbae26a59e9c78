import { budgetExercise, budgetIndex } from './budget.js';
import type { Dataset } from './dataset.js';
import { addDays, daysBetween, type IsoDate } from './date.js';
import {
  DEFAULT_DIFFICULTY_CONFIG,
  type DifficultyConfig,
  type DifficultySignal,
} from './difficulty-config.js';
import type { FollowUp } from './follow-up.js';
import { finalizedActions, kitBucket } from './kit-progress.js';
import { formatPercentFr, rate } from './rate.js';
import { ticketStateAt } from './ticket-state.js';
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
  readonly finalized?: ReadonlyMap<Uai, ReadonlySet<string>>;
  readonly budgets?: ReadonlyMap<string, IsoDate>;
}

/** Waves whose EPLE are followed as of `asOf`: from `leadDays` before their bascule to `followDays` after. */
export function followedWaves(waves: readonly Wave[], asOf: IsoDate, config: DifficultyConfig): Wave[] {
  return waves.filter((w) => {
    const days = daysBetween(w.switchDate, asOf);
    return days >= -config.leadDays && days <= config.followDays;
  });
}

interface TicketCounts {
  open: number;
  stale: number;
}

function ticketCounts(dataset: Dataset, followed: ReadonlySet<Uai>, asOf: IsoDate, staleAfterDays: number) {
  const counts = new Map<Uai, TicketCounts>();
  for (const ticket of dataset.tickets) {
    if (ticket.uai === undefined || !followed.has(ticket.uai)) continue;
    const state = ticketStateAt(ticket, asOf, staleAfterDays);
    if (state === null || state.status !== 'open') continue;
    const c = counts.get(ticket.uai) ?? { open: 0, stale: 0 };
    c.open += 1;
    if (state.openOverThreshold) c.stale += 1;
    counts.set(ticket.uai, c);
  }
  return counts;
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
  const waves = followedWaves(dataset.waves, asOf, config);
  const waveById = new Map(waves.map((w) => [w.id, w]));
  const eple = dataset.eple.filter((e) => waveById.has(e.waveId));
  const followed = new Set(eple.map((e) => e.uai));
  const finalized = indexes.finalized ?? finalizedActions(dataset.kit.events, asOf);
  const budgets = indexes.budgets ?? budgetIndex(dataset.budgets);
  const tickets = ticketCounts(dataset, followed, asOf, config.staleAfterDays);
  const alerts = groupByUai(
    dataset.restitutions,
    (a) => followed.has(a.uai) && a.on <= asOf && (a.clearedOn === undefined || a.clearedOn > asOf),
  );
  const followUps = groupByUai(dataset.followUps, (f) => followed.has(f.uai) && f.on <= asOf);
  const totalActions = dataset.kit.actions.length;
  const actionIds = new Set(dataset.kit.actions.map((a) => a.id));
  const w = config.weights;

  const assessed = eple.map((e): DifficultyAssessment => {
    const wave = waveById.get(e.waveId) as Wave;
    const reasons: DifficultyReason[] = [];
    const add = (signal: DifficultySignal, value: number, message: string) => {
      if (w[signal] > 0) reasons.push({ signal, weight: w[signal], value, message });
    };
    const done = countKnown(finalized.get(e.uai), actionIds);
    if (totalActions > 0) {
      const bucket = kitBucket(done, totalActions);
      const share = `${done} action${done > 1 ? 's' : ''} finalisée${done > 1 ? 's' : ''} sur ${totalActions} (${formatPercentFr(rate(done, totalActions).percent)})`;
      if (bucket === 'below10') add('kit-below-10', done, `Kit de bascule : ${share}, moins de 10 %`);
      if (bucket === 'from10To30') add('kit-10-to-30', done, `Kit de bascule : ${share}, entre 10 et 30 %`);
    }
    const exercise = budgetExercise(wave);
    const executoireOn = budgets.get(`${e.uai}|${exercise}`);
    const dueFrom = addDays(wave.switchDate, config.budgetGraceDays);
    if (asOf > dueFrom && (executoireOn === undefined || executoireOn > asOf)) {
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

function countKnown(done: ReadonlySet<string> | undefined, known: ReadonlySet<string>): number {
  if (!done) return 0;
  let n = 0;
  for (const id of done) if (known.has(id)) n += 1;
  return n;
}
