import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import type { Dataset } from './dataset.js';
import { addDays } from './date.js';
import { assessDifficulty } from './difficulty.js';
import { DEFAULT_DIFFICULTY_CONFIG } from './difficulty-config.js';
import { difficultyConfigOn } from './difficulty-settings.js';
import { flaggedSince, recordsByEple } from './difficulty-since.js';
import { unfollowedDifficulties } from './difficulty-unfollowed.js';

/** The slow, obvious answer: assess the whole académie day after day, back from `asOf`. */
function flaggedSinceDayByDay(dataset: Dataset, who: string, asOf: string): string | null {
  const flagged = (day: string) =>
    assessDifficulty(dataset, day, difficultyConfigOn(dataset.difficultySettings, day)).eple.some(
      (e) => e.uai === who,
    );
  if (!flagged(asOf)) return null;
  let day = asOf;
  while (flagged(addDays(day, -1))) day = addDays(day, -1);
  return day;
}

const dataset = fixtureDataset();
const withSettings: Dataset = {
  ...dataset,
  difficultySettings: [
    {
      effectiveOn: '2024-01-12',
      config: { ...DEFAULT_DIFFICULTY_CONFIG, scoreThreshold: 5, staleAfterDays: 10 },
      recordedBy: 'admin',
      recordedAt: '2024-01-11T09:00:00Z',
    },
    {
      effectiveOn: '2024-02-05',
      config: { ...DEFAULT_DIFFICULTY_CONFIG, budgetGraceDays: 3, leadDays: 10 },
      recordedBy: 'admin',
      recordedAt: '2024-02-01T09:00:00Z',
    },
  ],
};

describe('flaggedSince', () => {
  it.each([
    ['the defaults', dataset],
    ['a history of rules', withSettings],
  ])('gives what assessing every day gives, with %s', (_, records) => {
    const own = recordsByEple(records, new Set(records.eple.map((e) => e.uai)));
    const runs = new Set<string>();
    for (let day = '2023-12-01'; day <= '2024-03-15'; day = addDays(day, 3)) {
      for (const e of records.eple) {
        expect([e.uai, day, flaggedSince(own.get(e.uai) as Dataset, day)]).toEqual([
          e.uai,
          day,
          flaggedSinceDayByDay(records, e.uai, day),
        ]);
        runs.add(`${e.uai} ${flaggedSince(own.get(e.uai) as Dataset, day)}`);
      }
    }
    // Several runs, of several EPLE: the comparison is not between two nulls.
    expect(runs.size).toBeGreaterThan(4);
  });

  it('starts a new run when the flag was lifted', () => {
    const own = recordsByEple(dataset, new Set([uai.late]));
    const records = own.get(uai.late) as Dataset;
    expect(flaggedSince(records, '2024-01-22')).toBe(flaggedSinceDayByDay(dataset, uai.late, '2024-01-22'));
    expect(flaggedSince(records, '2023-11-01')).toBeNull();
  });
});

/** Many dated records for the EPLE of V2, from a fixed seed, so that their flag goes up and down. */
function busyAcademie(seed: number): Dataset {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const day = () => addDays('2023-11-20', next(100));
  const schools = [uai.calm, uai.late, uai.busy];
  const events = schools.flatMap((who) =>
    Array.from({ length: 12 }, () => ({
      uai: who,
      actionId: `A${1 + next(2)}`,
      kind: next(3) === 0 ? ('undone' as const) : ('finalized' as const),
      on: day(),
    })),
  );
  const tickets = schools.flatMap((who, s) =>
    Array.from({ length: 6 }, (_, i) => {
      const openedOn = day();
      const resolved = addDays(openedOn, 1 + next(30));
      return {
        ...(dataset.tickets[0] as Dataset['tickets'][number]),
        ref: `R-${s}-${i}`,
        uai: who,
        openedOn,
        history:
          next(2) === 0
            ? [
                { kind: 'resolved' as const, on: resolved },
                { kind: 'reopened' as const, on: addDays(resolved, 1 + next(10)) },
              ]
            : [{ kind: 'resolved' as const, on: resolved }],
      };
    }),
  );
  const restitutions = schools.flatMap((who) =>
    Array.from({ length: 3 }, () => {
      const on = day();
      return {
        uai: who,
        on,
        report: 'Balance',
        severity: 'warning' as const,
        message: 'Écart',
        clearedOn: addDays(on, 1 + next(20)),
      };
    }),
  );
  const history = withSettings.difficultySettings ?? [];
  return {
    ...withSettings,
    // Alerts flag on their own from 12 January, so that their clearing ends runs.
    difficultySettings: history.map((h, i) =>
      i === 0
        ? { ...h, config: { ...h.config, weights: { ...h.config.weights, 'restitution-alerts': 5 } } }
        : h,
    ),
    budgets: dataset.budgets.map((b) => ({
      ...b,
      executoireOn: b.exercise === 2024 ? day() : b.executoireOn,
    })),
    kit: {
      actions: dataset.kit.actions,
      events: [...dataset.kit.events.filter((e) => e.uai === uai.agence), ...events],
    },
    tickets,
    restitutions,
  };
}

describe('flaggedSince on records that change every few days', () => {
  it.each([1, 2, 3, 4, 5])(
    'gives the first day of the run that assessing every day finds (seed %i)',
    (seed) => {
      const records = busyAcademie(seed);
      const own = recordsByEple(records, new Set(records.eple.map((e) => e.uai)));
      const since = new Map<string, string | null>();
      let starts = 0;
      for (let day = '2023-11-15'; day <= '2024-03-15'; day = addDays(day, 1)) {
        const flagged = new Set(
          assessDifficulty(records, day, difficultyConfigOn(records.difficultySettings, day)).eple.map(
            (e) => e.uai,
          ),
        );
        for (const e of records.eple) {
          const run = flagged.has(e.uai) ? (since.get(e.uai) ?? day) : null;
          if (run === day) starts += 1;
          since.set(e.uai, run);
          expect([e.uai, day, flaggedSince(own.get(e.uai) as Dataset, day)]).toEqual([e.uai, day, run]);
        }
      }
      // The flags went up several times: runs begin on other days than the window's first.
      expect(starts).toBeGreaterThan(3);
    },
  );
});

describe('unfollowedDifficulties', () => {
  const flagged = (d: Dataset, asOf: string) => assessDifficulty(d, asOf).eple;

  it('lists the flagged EPLE with no follow-up since they were flagged, longest flagged first', () => {
    const asOf = '2024-01-22';
    const list = unfollowedDifficulties(dataset, flagged(dataset, asOf), asOf);
    // `late` had a visio on 20 January, within its run: only `busy` is owed a follow-up.
    expect(list.map((x) => x.assessment.uai)).toEqual([uai.busy]);
    const since = flaggedSinceDayByDay(dataset, uai.busy, asOf);
    expect(list[0]).toMatchObject({ flaggedSince: since, lastFollowUp: null });
    expect(list[0]?.daysFlagged).toBeGreaterThan(0);
  });

  it('counts a follow-up recorded before the run began as the last one, not as a follow-up of it', () => {
    const asOf = '2024-01-22';
    const since = flaggedSinceDayByDay(dataset, uai.busy, asOf) as string;
    const old = { uai: uai.busy, on: addDays(since, -1), kind: 'call' as const, note: 'Appel' };
    const recent = { ...old, on: since };
    const before = { ...dataset, followUps: [...dataset.followUps, old] };
    const listed = unfollowedDifficulties(before, flagged(before, asOf), asOf);
    expect(listed.find((x) => x.assessment.uai === uai.busy)?.lastFollowUp).toEqual(old);
    const after = { ...dataset, followUps: [...dataset.followUps, recent] };
    expect(unfollowedDifficulties(after, flagged(after, asOf), asOf)).toEqual([]);
  });

  it('ignores follow-ups recorded after the date', () => {
    const asOf = '2024-01-19';
    const list = unfollowedDifficulties(dataset, flagged(dataset, asOf), asOf);
    expect(list.map((x) => x.assessment.uai)).toContain(uai.late);
  });
});
