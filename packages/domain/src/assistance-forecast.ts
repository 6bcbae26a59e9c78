import { type CountInterval, countInterval } from './count-interval.js';
import { addDays, type IsoDate } from './date.js';
import { EPLE_KINDS, type EpleKind } from './eple.js';
import {
  type Counts,
  countRecords,
  type ForecastRecords,
  happened,
  OFFSETS,
  type TeamCounts,
  weekKnown,
  weekOf,
} from './forecast-counts.js';
import { dispersionOf, expectedOf, ratesOf } from './forecast-rates.js';
import { ACADEMIE_TEAMS } from './ticket.js';
import type { Wave, WaveId } from './wave.js';
import { planAsOf } from './wave-history.js';

export {
  FORECAST_WEEKS_AFTER,
  FORECAST_WEEKS_BEFORE,
  type ForecastRecords,
  type TeamCounts,
} from './forecast-counts.js';

/** The probability that the interval of a week holds its count. */
export const FORECAST_COVERAGE = 0.8;

/** One week around the bascule of the wave forecast. */
export interface ForecastWeek {
  /** Weeks from the bascule: −4 is the fourth week before it, 0 the week it starts. */
  readonly offset: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The expected tickets and their 80 % interval; null when no past wave is known this week. */
  readonly forecast: TeamCounts<CountInterval> | null;
  /** The tickets of the wave's EPLE opened this week, once the week is over; null before. */
  readonly actual: TeamCounts<number> | null;
  /** The past waves this week's forecast is drawn from. */
  readonly basedOn: readonly WaveId[];
}

/** How a forecast of a past wave, made from the waves before it, compares with what happened. */
export interface BackTestWave {
  readonly waveId: WaveId;
  /** The day the forecast was made as of: the day before the wave's first forecast week. */
  readonly asOf: IsoDate;
  /** Weeks × teams compared, and those whose count was above zero (the percentage error's base). */
  readonly cells: number;
  readonly nonZeroCells: number;
  /** Mean absolute percentage error over the cells whose count was above zero; null when none was. */
  readonly mape: number | null;
  /** Share of cells whose count fell inside the 80 % interval, from 0 to 1. */
  readonly coverage: number;
}

/** The back-test shown beside every forecast. */
export interface BackTest {
  readonly waves: readonly BackTestWave[];
  /** Over every cell of every wave; null when no past wave could be forecast. */
  readonly mape: number | null;
  readonly coverage: number | null;
}

export interface AssistanceForecast {
  readonly waveId: WaveId;
  readonly asOf: IsoDate;
  readonly switchDate: IsoDate;
  /** The EPLE the forecast is for: the wave's own, or its planned count in the past waves' mix. */
  readonly eple: {
    readonly count: number;
    readonly source: 'records' | 'planned';
    readonly byKind: Readonly<Partial<Record<EpleKind, number>>>;
  };
  /** How much more spread the past waves are than chance alone (1: as chance; above: more). */
  readonly dispersion: number;
  readonly weeks: readonly ForecastWeek[];
  readonly backTest: BackTest;
  /** Kinds of EPLE no past wave had: forecast with the rate of all kinds together. */
  readonly kindsWithoutHistory: readonly EpleKind[];
}

/** Why there can be no forecast: no such wave, no EPLE to forecast for, no past wave to learn from. */
export const NO_FORECAST_REASONS = ['unknownWave', 'noEple', 'noHistory'] as const;
/** Why there is no forecast. */
export type NoForecastReason = (typeof NO_FORECAST_REASONS)[number];

export type ForecastOutcome =
  | { readonly ok: true; readonly value: AssistanceForecast }
  | { readonly ok: false; readonly reason: NoForecastReason; readonly message: string };

interface Core {
  readonly weeks: readonly ForecastWeek[];
  readonly dispersion: number;
  readonly eple: AssistanceForecast['eple'];
  readonly kindsWithoutHistory: readonly EpleKind[];
}

/**
 * The forecast of `wave` from `counts` (reason when there is none), beside what happened as
 * `actual` tells it.
 */
function forecastFrom(
  records: ForecastRecords,
  counts: Counts,
  wave: Wave,
  actual: Counts,
): Core | { reason: NoForecastReason; message: string } {
  const earlier = records.waves.filter(
    (w) => w.id !== wave.id && w.switchDate < wave.switchDate && (counts.epleByWave.get(w.id)?.size ?? 0) > 0,
  );
  const pools = new Map<number, readonly Wave[]>();
  for (const offset of OFFSETS) {
    const pool = earlier.filter((w) => weekKnown(counts, w, offset));
    if (pool.length > 0) pools.set(offset, pool);
  }
  if (pools.size === 0)
    return {
      reason: 'noHistory',
      message: `no wave before ${wave.id} has tickets known as of ${counts.asOf} around its bascule`,
    };
  const own = counts.epleByWave.get(wave.id);
  let byKind: Map<EpleKind, number>;
  let source: 'records' | 'planned';
  if (own && own.size > 0) {
    byKind = own;
    source = 'records';
  } else if (wave.plannedCount) {
    // The planned count, shared between kinds as the past waves' EPLE are.
    const mix = new Map<EpleKind, number>();
    for (const w of earlier)
      for (const [kind, n] of counts.epleByWave.get(w.id) ?? []) mix.set(kind, (mix.get(kind) ?? 0) + n);
    const total = [...mix.values()].reduce((a, b) => a + b, 0);
    byKind = new Map([...mix].map(([kind, n]) => [kind, (wave.plannedCount ?? 0) * (n / total)]));
    source = 'planned';
  } else {
    return { reason: 'noEple', message: `${wave.id} has no EPLE in the records and no planned count` };
  }
  const dispersion = dispersionOf(counts, pools);
  const missing = new Set<EpleKind>();
  const weeks = OFFSETS.map((offset): ForecastWeek => {
    const { from, to } = weekOf(wave.switchDate, offset);
    const pool = pools.get(offset) ?? [];
    const rate = ratesOf(counts, pool, offset);
    const [si2c, drasi] = ACADEMIE_TEAMS.map((team) => expectedOf(byKind, rate, team, missing)) as [
      number,
      number,
    ];
    const interval = (mean: number) => countInterval(mean, dispersion, FORECAST_COVERAGE);
    const forecast =
      pool.length === 0
        ? null
        : { SI2C: interval(si2c), DRASI: interval(drasi), all: interval(si2c + drasi) };
    return {
      offset,
      from,
      to,
      forecast,
      actual: happened(actual, wave, offset),
      basedOn: pool.map((w) => w.id),
    };
  });
  const count = [...byKind.values()].reduce((a, b) => a + b, 0);
  return {
    weeks,
    dispersion,
    eple: { count: Math.round(count), source, byKind: Object.fromEntries(byKind) },
    kindsWithoutHistory: EPLE_KINDS.filter((k) => missing.has(k)),
  };
}

/** Each past wave whose sixteen weeks are known as of `asOf`, forecast from the waves before it. */
function backTestOf(records: ForecastRecords, actual: Counts, target: Wave): BackTest {
  const tested: BackTestWave[] = [];
  let errors = 0;
  let nonZero = 0;
  let covered = 0;
  let cells = 0;
  for (const wave of records.waves) {
    if (wave.id === target.id || wave.switchDate >= target.switchDate) continue;
    if (!OFFSETS.every((o) => weekKnown(actual, wave, o))) continue;
    if ((actual.epleByWave.get(wave.id)?.size ?? 0) === 0) continue;
    const then = addDays(weekOf(wave.switchDate, OFFSETS[0] as number).from, -1);
    const core = forecastFrom(records, countRecords(records, then), wave, actual);
    if ('reason' in core) continue;
    let waveErrors = 0;
    let waveNonZero = 0;
    let waveCovered = 0;
    let waveCells = 0;
    for (const week of core.weeks) {
      if (!week.forecast || !week.actual) continue;
      for (const team of ACADEMIE_TEAMS) {
        const { expected, low, high } = week.forecast[team];
        const count = week.actual[team];
        waveCells++;
        if (count >= low && count <= high) waveCovered++;
        if (count > 0) {
          waveNonZero++;
          waveErrors += Math.abs(count - expected) / count;
        }
      }
    }
    if (waveCells === 0) continue;
    tested.push({
      waveId: wave.id,
      asOf: then,
      cells: waveCells,
      nonZeroCells: waveNonZero,
      mape: waveNonZero > 0 ? (100 * waveErrors) / waveNonZero : null,
      coverage: waveCovered / waveCells,
    });
    errors += waveErrors;
    nonZero += waveNonZero;
    covered += waveCovered;
    cells += waveCells;
  }
  return {
    waves: tested,
    mape: nonZero > 0 ? (100 * errors) / nonZero : null,
    coverage: cells > 0 ? covered / cells : null,
  };
}

/**
 * The assistance load expected for `waveId`, as of `asOf` (only the tickets opened by then and the
 * weeks over by then are read): tickets a week from four weeks before its bascule to twelve weeks
 * after, by team (the team a ticket was first given to) and in all, every channel, with an 80 %
 * interval.
 *
 * Each week's figure is the wave's EPLE, kind by kind, times the tickets per EPLE of that kind that
 * the earlier waves had in the same week of their own bascule, and the weeks on either side (a kind
 * no earlier wave had takes the rate of all kinds). Only weeks within the ticket records count: a week before the first
 * ticket of the records is unknown, not empty. The interval is Poisson's, widened to a negative
 * binomial when the past waves spread more than chance (see `dispersion`). Beside it, every past
 * wave known as of `asOf` is forecast from the waves before it and compared with what happened.
 * The waves' EPLE and bascules are those of the plan as of `asOf` (see `planAsOf`).
 */
export function assistanceForecast(
  allRecords: ForecastRecords,
  waveId: WaveId,
  asOf: IsoDate,
): ForecastOutcome {
  // The waves' EPLE and bascules as the plan held them on `asOf`.
  const records = planAsOf(allRecords, asOf);
  const wave = records.waves.find((w) => w.id === waveId);
  if (!wave) return { ok: false, reason: 'unknownWave', message: `waveId: no wave ${waveId}` };
  const counts = countRecords(records, asOf);
  const core = forecastFrom(records, counts, wave, counts);
  if ('reason' in core) return { ok: false, ...core };
  return {
    ok: true,
    value: {
      waveId,
      asOf,
      switchDate: wave.switchDate,
      ...core,
      backTest: backTestOf(records, counts, wave),
    },
  };
}
