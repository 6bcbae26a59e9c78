import type { Dataset } from './dataset.js';
import { addDays, daysBetween, type IsoDate } from './date.js';
import type { EpleKind } from './eple.js';
import { ACADEMIE_TEAMS, type AcademieTeam } from './ticket.js';
import type { Wave, WaveId } from './wave.js';

// The tickets a forecast reads, counted once by wave, week around the bascule, team and kind of
// EPLE: what assistance-forecast.ts draws its rates, its spread and what happened from.

/** The weeks a forecast covers: four before the bascule, twelve from it (offsets −4 … 11). */
export const FORECAST_WEEKS_BEFORE = 4;
export const FORECAST_WEEKS_AFTER = 12;
/** What a forecast reads of the records: the waves, the EPLE (kind, wave) and the tickets. */
export type ForecastRecords = Pick<Dataset, 'waves' | 'eple' | 'tickets' | 'waveChanges'>;

/** Tickets a week, by team and in all. */
export type TeamCounts<T> = Readonly<Record<AcademieTeam | 'all', T>>;

export const OFFSETS = Array.from(
  { length: FORECAST_WEEKS_BEFORE + FORECAST_WEEKS_AFTER },
  (_, i) => i - FORECAST_WEEKS_BEFORE,
);

/** The first and last day of week `offset` around a bascule. */
export function weekOf(switchDate: IsoDate, offset: number): { from: IsoDate; to: IsoDate } {
  const from = addDays(switchDate, offset * 7);
  return { from, to: addDays(from, 6) };
}

/** The tickets of the records counted once: by wave, week offset, team and kind of EPLE, as of a day. */
export interface Counts {
  /** `wave|offset|team|kind` → tickets opened, as of `asOf`. */
  readonly tickets: Map<string, number>;
  /** The EPLE of each wave, by kind. */
  readonly epleByWave: Map<WaveId, Map<EpleKind, number>>;
  /** The first day the ticket records speak of: weeks before it are unknown, not empty. */
  readonly recordsStart: IsoDate | null;
  /** The day these counts are as of. */
  readonly asOf: IsoDate;
}

export function countRecords(records: ForecastRecords, asOf: IsoDate): Counts {
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

export function ticketsOf(
  counts: Counts,
  waveId: WaveId,
  offset: number,
  team: AcademieTeam,
  kind?: EpleKind,
) {
  const kinds = kind ? [kind] : [...(counts.epleByWave.get(waveId)?.keys() ?? [])];
  let sum = 0;
  for (const k of kinds) sum += counts.tickets.get(`${waveId}|${offset}|${team}|${k}`) ?? 0;
  return sum;
}

/** Whether week `offset` of `wave` is known in `counts`: over by their day, and within the records. */
export function weekKnown(counts: Counts, wave: Wave, offset: number): boolean {
  const { from, to } = weekOf(wave.switchDate, offset);
  return to <= counts.asOf && counts.recordsStart !== null && from >= counts.recordsStart;
}

/** The tickets of `wave`'s EPLE opened in week `offset`, once the week is known; null before. */
export function happened(counts: Counts, wave: Wave, offset: number): TeamCounts<number> | null {
  if (!weekKnown(counts, wave, offset)) return null;
  const [si2c, drasi] = ACADEMIE_TEAMS.map((team) => ticketsOf(counts, wave.id, offset, team)) as [
    number,
    number,
  ];
  return { SI2C: si2c, DRASI: drasi, all: si2c + drasi };
}
