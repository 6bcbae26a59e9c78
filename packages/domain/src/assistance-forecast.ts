import { type CountInterval, countInterval } from './count-interval.js';
import type { Dataset } from './dataset.js';
import { addDays, daysBetween, type IsoDate } from './date.js';
import { EPLE_KINDS, type EpleKind } from './eple.js';
import { ACADEMIE_TEAMS, type AcademieTeam } from './ticket.js';
import type { Wave, WaveId } from './wave.js';

/** The weeks a forecast covers: four before the bascule, twelve from it (offsets −4 … 11). */
export const FORECAST_WEEKS_BEFORE = 4;
export const FORECAST_WEEKS_AFTER = 12;
/** The probability that the interval of a week holds its count. */
export const FORECAST_COVERAGE = 0.8;

/** What a forecast reads of the records: the waves, the EPLE (kind, wave) and the tickets. */
export type ForecastRecords = Pick<Dataset, 'waves' | 'eple' | 'tickets'>;

/** Tickets a week, by team and in all. */
export type TeamCounts<T> = Readonly<Record<AcademieTeam | 'all', T>>;

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

const OFFSETS = Array.from(
  { length: FORECAST_WEEKS_BEFORE + FORECAST_WEEKS_AFTER },
  (_, i) => i - FORECAST_WEEKS_BEFORE,
);

/** The first and last day of week `offset` around a bascule. */
function weekOf(switchDate: IsoDate, offset: number): { from: IsoDate; to: IsoDate } {
  const from = addDays(switchDate, offset * 7);
  return { from, to: addDays(from, 6) };
}

/** The tickets of the records counted once: by wave, week offset, team and kind of EPLE, as of a day. */
interface Counts {
  /** `wave|offset|team|kind` → tickets opened, as of `asOf`. */
  readonly tickets: Map<string, number>;
  /** The EPLE of each wave, by kind. */
  readonly epleByWave: Map<WaveId, Map<EpleKind, number>>;
  /** The first day the ticket records speak of: weeks before it are unknown, not empty. */
  readonly recordsStart: IsoDate | null;
  /** The day these counts are as of. */
  readonly asOf: IsoDate;
}

function countRecords(records: ForecastRecords, asOf: IsoDate): Counts {
  const waves = new Map(records.waves.map((w) => [w.id, w]));
  const epleByWave = new Map<WaveId, Map<EpleKind, number>>();
  const of = new Map<string, { wave: Wave; kind: EpleKind }>();
  for (const e of records.eple) {
    const wave = waves.get(e.waveId);
    if (!wave) continue;
    of.set(e.uai, { wave, kind: e.kind });
    const kinds = epleByWave.get(wave.id) ?? new Map<EpleKind, number>();
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    epleByWave.set(wave.id, kinds);
  }
  const tickets = new Map<string, number>();
  let recordsStart: IsoDate | null = null;
  for (const t of records.tickets) {
    if (t.openedOn > asOf) continue;
    if (recordsStart === null || t.openedOn < recordsStart) recordsStart = t.openedOn;
    const eple = t.uai ? of.get(t.uai) : undefined;
    if (!eple) continue;
    const offset = Math.floor(daysBetween(eple.wave.switchDate, t.openedOn) / 7);
    if (offset < -FORECAST_WEEKS_BEFORE || offset >= FORECAST_WEEKS_AFTER) continue;
    const key = `${eple.wave.id}|${offset}|${t.team}|${eple.kind}`;
    tickets.set(key, (tickets.get(key) ?? 0) + 1);
  }
  return { tickets, epleByWave, recordsStart, asOf };
}

function ticketsOf(counts: Counts, waveId: WaveId, offset: number, team: AcademieTeam, kind?: EpleKind) {
  const kinds = kind ? [kind] : [...(counts.epleByWave.get(waveId)?.keys() ?? [])];
  let sum = 0;
  for (const k of kinds) sum += counts.tickets.get(`${waveId}|${offset}|${team}|${k}`) ?? 0;
  return sum;
}

/** Whether week `offset` of `wave` is known in `counts`: over by their day, and within the records. */
function weekKnown(counts: Counts, wave: Wave, offset: number): boolean {
  const { from, to } = weekOf(wave.switchDate, offset);
  return to <= counts.asOf && counts.recordsStart !== null && from >= counts.recordsStart;
}

/** The tickets of `wave`'s EPLE opened in week `offset`, once the week is known; null before. */
function happened(counts: Counts, wave: Wave, offset: number): TeamCounts<number> | null {
  if (!weekKnown(counts, wave, offset)) return null;
  const [si2c, drasi] = ACADEMIE_TEAMS.map((team) => ticketsOf(counts, wave.id, offset, team)) as [
    number,
    number,
  ];
  return { SI2C: si2c, DRASI: drasi, all: si2c + drasi };
}

/**
 * Tickets per EPLE a week, of a kind (or of all kinds), by team, around week `offset`: over the
 * weeks `offset − 1` to `offset + 1` of the `pool`'s waves that are known, so that one quiet or
 * busy week of a small wave does not make the forecast of that week alone.
 */
function ratesOf(counts: Counts, pool: readonly Wave[], offset: number) {
  const weeks = [offset - 1, offset, offset + 1].filter((j) => OFFSETS.includes(j));
  const rate = (team: AcademieTeam, kind?: EpleKind): number | null => {
    let tickets = 0;
    let epleWeeks = 0;
    for (const w of pool) {
      const kinds = counts.epleByWave.get(w.id);
      const eple = kind ? (kinds?.get(kind) ?? 0) : [...(kinds?.values() ?? [])].reduce((a, b) => a + b, 0);
      for (const j of weeks) {
        if (!weekKnown(counts, w, j)) continue;
        epleWeeks += eple;
        tickets += ticketsOf(counts, w.id, j, team, kind);
      }
    }
    return epleWeeks > 0 ? tickets / epleWeeks : null;
  };
  return rate;
}

/** Expected tickets of EPLE `byKind` from rates by kind, all kinds' rate for a kind without history. */
function expectedOf(
  byKind: ReadonlyMap<EpleKind, number>,
  rate: (team: AcademieTeam, kind?: EpleKind) => number | null,
  team: AcademieTeam,
  missing?: Set<EpleKind>,
): number {
  let expected = 0;
  for (const [kind, n] of byKind) {
    const own = rate(team, kind);
    if (own === null) missing?.add(kind);
    expected += n * (own ?? rate(team) ?? 0);
  }
  return expected;
}

/**
 * How much more the past waves' weekly counts spread than a Poisson law would: Pearson's χ² per
 * week × team compared, at least 1. The forecast's intervals widen by it. Per cell, not per degree
 * of freedom: a past wave seen twice leaves it as it was, so more of the same history never
 * widens an interval.
 */
function dispersionOf(counts: Counts, pools: ReadonlyMap<number, readonly Wave[]>): number {
  let chi2 = 0;
  let cells = 0;
  for (const [offset, pool] of pools) {
    const rate = ratesOf(counts, pool, offset);
    for (const w of pool) {
      const kinds = counts.epleByWave.get(w.id) ?? new Map();
      for (const team of ACADEMIE_TEAMS) {
        const expected = expectedOf(kinds, rate, team);
        if (expected <= 0) continue;
        const observed = ticketsOf(counts, w.id, offset, team);
        chi2 += (observed - expected) ** 2 / expected;
        cells++;
      }
    }
  }
  return cells > 0 ? Math.max(1, chi2 / cells) : 1;
}

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
 */
export function assistanceForecast(records: ForecastRecords, waveId: WaveId, asOf: IsoDate): ForecastOutcome {
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
