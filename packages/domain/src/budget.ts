import type { BudgetStanding } from './budget-standing.js';
import type { IsoDate } from './date.js';
import type { Eple } from './eple.js';
import { listEples } from './eple-list.js';
import { readEpleEvent } from './eple-validate.js';
import { FieldReader } from './fields.js';
import { type Rate, rate } from './rate.js';
import { fromErrors, type Result } from './result.js';
import type { Uai } from './uai.js';
import type { Wave, WaveId } from './wave.js';

/** The day a budget of an EPLE became exécutoire (integrated and enforceable) in op@le. */
export interface BudgetExecutoire {
  readonly uai: Uai;
  /** Budget year (exercice), e.g. 2024. */
  readonly exercise: number;
  readonly executoireOn: IsoDate;
}

/** Bounds of a plausible budget year: anything outside is a typing error, not a real exercise. */
const MIN_EXERCISE = 2000;
const MAX_EXERCISE = 2100;

/**
 * The budget year (exercice) the committee counts for a wave: the year of its bascule. A
 * September wave switches mid-year, so the budget it must make exécutoire is that calendar year's.
 */
export function budgetExercise(wave: Wave): number {
  return Number(wave.switchDate.slice(0, 4));
}

/** Budget integration of one wave as of a date. */
export interface WaveBudget {
  readonly waveId: WaveId;
  readonly exercise: number;
  /** EPLE attached to the wave (not the planned count). */
  readonly total: number;
  /** EPLE of the wave whose budget of `exercise` is exécutoire on or before the date. */
  readonly executoire: number;
  readonly rate: Rate;
  /** UAI of the EPLE of the wave exécutoire, sorted: `executoire` is its size. */
  readonly executoireEple: Uai[];
  /** UAI of the EPLE of the wave not yet exécutoire, sorted. */
  readonly pending: Uai[];
}

/**
 * Counts the EPLE of `wave` whose budget of the wave's exercise became exécutoire on or before
 * `asOf`, out of the EPLE attached to the wave. `eple` may hold every EPLE: only the wave's are
 * kept. Each figure is the size of its list: the `listEples` of the wave and the standing.
 */
export function waveBudget(
  wave: Wave,
  eple: readonly Eple[],
  budgets: readonly BudgetExecutoire[],
  asOf: IsoDate,
): WaveBudget {
  const exercise = budgetExercise(wave);
  const options = { order: 'uai', budgetOf: budgetStandingOf([wave], budgetIndex(budgets), asOf) } as const;
  const uais = (budget?: BudgetStanding) =>
    listEples(eple, { ...options, filter: { waveId: wave.id, budget } })
      .map((e) => e.uai)
      .sort();
  const total = uais().length;
  const done = uais('executoire');
  return {
    waveId: wave.id,
    exercise,
    total,
    executoire: done.length,
    rate: rate(done.length, total),
    executoireEple: done,
    pending: uais('pending'),
  };
}

/**
 * The budget standing of each EPLE as of `asOf`: `executoire` when its budget of the year of its
 * wave's bascule (of `asOf` when its wave is not in `waves`) became exécutoire on or before
 * `asOf`, read from a {@link budgetIndex}. The one rule behind the budget figures and their lists.
 */
export function budgetStandingOf(
  waves: readonly Wave[],
  index: ReadonlyMap<string, IsoDate>,
  asOf: IsoDate,
): (eple: Eple) => BudgetStanding {
  const exercises = new Map(waves.map((w) => [w.id, budgetExercise(w)]));
  const fallback = Number(asOf.slice(0, 4));
  return (e) =>
    budgetExecutoireOn(index, e.uai, exercises.get(e.waveId) ?? fallback, asOf) === null
      ? 'pending'
      : 'executoire';
}

const budgetKey = (uai: Uai, exercise: number) => `${uai}|${exercise}`;

/**
 * Indexes budgets by UAI and exercise to the earliest day that budget became exécutoire, so that
 * a report over thousands of EPLE looks each one up (see {@link budgetExecutoireOn}) instead of scanning
 * the list.
 */
export function budgetIndex(budgets: readonly BudgetExecutoire[]): Map<string, IsoDate> {
  const index = new Map<string, IsoDate>();
  for (const b of budgets) {
    const key = budgetKey(b.uai, b.exercise);
    const known = index.get(key);
    if (known === undefined || b.executoireOn < known) index.set(key, b.executoireOn);
  }
  return index;
}

/**
 * The earliest day the budget `exercise` of `uai` became exécutoire, read from a
 * {@link budgetIndex}, when it is on or before `asOf`; `null` when it is not exécutoire yet.
 */
export function budgetExecutoireOn(
  index: ReadonlyMap<string, IsoDate>,
  uai: Uai,
  exercise: number,
  asOf: IsoDate,
): IsoDate | null {
  const day = index.get(budgetKey(uai, exercise));
  return day !== undefined && day <= asOf ? day : null;
}

/** The budget an EPLE must make exécutoire for its wave, and the day it did (null: not yet). */
export interface EpleBudget {
  readonly exercise: number;
  readonly executoireOn: IsoDate | null;
}

/**
 * The budget an EPLE must make exécutoire for its wave ({@link budgetExercise}; the year of
 * `asOf` when its wave is unknown) and the earliest day it became exécutoire, on or before `asOf`.
 * It agrees with {@link waveBudget}: an EPLE is among the wave's `pending` exactly when its
 * `executoireOn` is null.
 */
export function epleBudget(
  eple: Eple,
  waves: readonly Wave[],
  budgets: readonly BudgetExecutoire[],
  asOf: IsoDate,
): EpleBudget {
  const wave = waves.find((w) => w.id === eple.waveId);
  const exercise = wave ? budgetExercise(wave) : Number(asOf.slice(0, 4));
  const index = budgetIndex(budgets.filter((b) => b.uai === eple.uai));
  return { exercise, executoireOn: budgetExecutoireOn(index, eple.uai, exercise, asOf) };
}

/**
 * Validates a budget exécutoire record: a valid UAI of a known EPLE, a whole budget year between
 * 2000 and 2100, and a day that is not before the EPLE was created in op@le. Every problem is
 * reported, each naming its field.
 */
export function validateBudgetExecutoire(
  input: unknown,
  ctx: { readonly eple: ReadonlyMap<Uai, Eple> },
  field = 'budget',
): Result<BudgetExecutoire> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const { uai, on } = readEpleEvent(r, ctx.eple, 'executoireOn', 'a budget cannot be exécutoire');
  const exercise = r.integer('exercise', MIN_EXERCISE, MAX_EXERCISE);
  return fromErrors(r.errors, () => ({ uai, exercise, executoireOn: on }));
}
