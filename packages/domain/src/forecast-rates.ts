import type { EpleKind } from './eple.js';
import { type Counts, OFFSETS, ticketsOf, weekKnown } from './forecast-counts.js';
import { ACADEMIE_TEAMS, type AcademieTeam } from './ticket.js';
import type { Wave } from './wave.js';

// What the past waves teach a forecast: tickets per EPLE of each kind, week by week, and how much
// more than chance they spread.

/**
 * Tickets per EPLE a week, of a kind (or of all kinds), by team, around week `offset`: over the
 * weeks `offset − 1` to `offset + 1` of the `pool`'s waves that are known, so that one quiet or
 * busy week of a small wave does not make the forecast of that week alone.
 */
export function ratesOf(counts: Counts, pool: readonly Wave[], offset: number) {
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
export function expectedOf(
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
export function dispersionOf(counts: Counts, pools: ReadonlyMap<number, readonly Wave[]>): number {
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
