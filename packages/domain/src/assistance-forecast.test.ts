import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssistanceForecast, assistanceForecast, type ForecastRecords } from './assistance-forecast.js';
import { addDays } from './date.js';
import type { Eple, EpleKind } from './eple.js';
import type { AcademieTeam, Ticket } from './ticket.js';
import type { Wave } from './wave.js';

const SWITCHES = ['2022-01-01', '2022-09-01', '2023-01-01', '2023-09-01', '2024-09-01'];
const wave = (i: number, switchDate: string): Wave => ({
  id: `V${i + 1}`,
  number: i + 1,
  switchDate,
  plannedCount: null,
  milestones: [],
});

interface Shape {
  readonly eple: readonly { kind: EpleKind; tickets: readonly { day: number; team: AcademieTeam }[] }[][];
}

/** Five waves; each EPLE with tickets opened some days around its wave's bascule. */
const shapes: fc.Arbitrary<Shape> = fc.record({
  eple: fc.tuple(
    ...SWITCHES.map(() =>
      fc.array(
        fc.record({
          kind: fc.constantFrom<EpleKind>('college', 'lp'),
          tickets: fc.array(
            fc.record({
              day: fc.integer({ min: -40, max: 100 }),
              team: fc.constantFrom<AcademieTeam>('SI2C', 'DRASI'),
            }),
            { maxLength: 6 },
          ),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    ),
  ),
});

function recordsOf(shape: Shape): ForecastRecords {
  const waves = SWITCHES.map((s, i) => wave(i, s));
  const eple: Eple[] = [];
  const tickets: Ticket[] = [];
  for (const [w, list] of shape.eple.entries())
    for (const [n, e] of list.entries()) {
      const uai = `08${String(w).padStart(2, '0')}${String(n).padStart(3, '0')}X`;
      eple.push(epleOf(uai, e.kind, waves[w] as Wave));
      for (const [k, t] of e.tickets.entries())
        tickets.push(ticketOf(`${uai}-${k}`, uai, addDays(SWITCHES[w] as string, t.day), t.team));
    }
  return { waves, eple, tickets };
}

function epleOf(uai: string, kind: EpleKind, w: Wave): Eple {
  return {
    uai,
    name: uai,
    kind,
    commune: 'Amiens',
    departement: '80',
    agenceUai: uai,
    waveId: w.id,
    createdOn: w.switchDate,
  };
}

function ticketOf(ref: string, uai: string, openedOn: string, team: AcademieTeam): Ticket {
  return { ref, channel: 'itop', title: `${team} - ${ref}`, openedOn, uai, team, history: [] };
}

const asOfs = fc.integer({ min: 0, max: 1200 }).map((d) => addDays('2022-02-01', d));

function forecast(records: ForecastRecords, waveId: string, asOf: string): AssistanceForecast | null {
  const outcome = assistanceForecast(records, waveId, asOf);
  return outcome.ok ? outcome.value : null;
}

describe('assistanceForecast', () => {
  it('reads nothing opened after its day', () => {
    fc.assert(
      fc.property(shapes, asOfs, (shape, asOf) => {
        const records = recordsOf(shape);
        const later = records.tickets.filter((t) => t.openedOn <= asOf);
        const known = { ...records, tickets: later };
        const a = assistanceForecast(records, 'V5', asOf);
        const b = assistanceForecast(known, 'V5', asOf);
        expect(a).toEqual(b);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('gives the same forecast when the same history is seen twice, with no wider interval', () => {
    fc.assert(
      fc.property(shapes, asOfs, (shape, asOf) => {
        const records = recordsOf(shape);
        // Every earlier wave again (V1b…V4b): other schools of the same kinds, the same tickets.
        const clone = (uai: string) => `${uai.slice(0, 7)}B`;
        const earlier = records.waves.filter((w) => w.id !== 'V5');
        const again = records.eple.filter((e) => e.waveId !== 'V5');
        const twice: ForecastRecords = {
          waves: [...records.waves, ...earlier.map((w) => ({ ...w, id: `${w.id}b` }))],
          eple: [...records.eple, ...again.map((e) => ({ ...e, uai: clone(e.uai), waveId: `${e.waveId}b` }))],
          tickets: [
            ...records.tickets,
            ...records.tickets
              .filter((t) => again.some((e) => e.uai === t.uai))
              .map((t) => ({ ...t, ref: `${t.ref}b`, uai: clone(t.uai as string) })),
          ],
        };
        const once = forecast(records, 'V5', asOf);
        const seenTwice = forecast(twice, 'V5', asOf);
        expect(seenTwice === null).toBe(once === null);
        if (!once || !seenTwice) return;
        expect(seenTwice.dispersion).toBeCloseTo(once.dispersion, 9);
        for (const [i, week] of once.weeks.entries()) {
          const next = seenTwice.weeks[i]?.forecast;
          if (!week.forecast || !next) {
            expect(next ?? null).toEqual(week.forecast);
            continue;
          }
          for (const series of ['SI2C', 'DRASI', 'all'] as const) {
            expect(next[series].expected).toBeCloseTo(week.forecast[series].expected, 9);
            expect(next[series].high - next[series].low).toBeLessThanOrEqual(
              week.forecast[series].high - week.forecast[series].low,
            );
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('adds the teams up, and back-tests only waves before the one forecast', () => {
    fc.assert(
      fc.property(shapes, asOfs, (shape, asOf) => {
        const f = forecast(recordsOf(shape), 'V5', asOf);
        if (!f) return;
        expect(f.weeks).toHaveLength(16);
        for (const week of f.weeks) {
          if (week.forecast)
            expect(week.forecast.all.expected).toBeCloseTo(
              week.forecast.SI2C.expected + week.forecast.DRASI.expected,
              9,
            );
          if (week.actual) expect(week.actual.all).toBe(week.actual.SI2C + week.actual.DRASI);
          if (week.actual) expect(week.to <= asOf).toBe(true);
        }
        for (const tested of f.backTest.waves) {
          expect(['V1', 'V2', 'V3', 'V4']).toContain(tested.waveId);
          expect(tested.coverage).toBeGreaterThanOrEqual(0);
          expect(tested.coverage).toBeLessThanOrEqual(1);
          expect(tested.asOf < asOf).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('says why when a wave has no history, no EPLE, or does not exist', () => {
    const records = recordsOf({
      eple: SWITCHES.map(() => [{ kind: 'college', tickets: [{ day: 3, team: 'SI2C' }] }]),
    });
    expect(assistanceForecast(records, 'V1', '2025-01-01')).toMatchObject({
      ok: false,
      reason: 'noHistory',
    });
    expect(assistanceForecast(records, 'V9', '2025-01-01')).toMatchObject({
      ok: false,
      reason: 'unknownWave',
    });
    const empty = { ...records, eple: records.eple.filter((e) => e.waveId !== 'V5') };
    expect(assistanceForecast(empty, 'V5', '2025-01-01')).toMatchObject({ ok: false, reason: 'noEple' });
    const planned = {
      ...empty,
      waves: empty.waves.map((w) => (w.id === 'V5' ? { ...w, plannedCount: 20 } : w)),
    };
    expect(forecast(planned, 'V5', '2025-01-01')?.eple).toMatchObject({ count: 20, source: 'planned' });
  });

  it('weighs the EPLE by kind, and names the kinds no past wave had', () => {
    // Past waves: one college with 2 SI2C tickets in the week of its bascule. V5: a college, a lycée.
    const records = recordsOf({
      eple: [
        [],
        [],
        [
          {
            kind: 'college',
            tickets: [
              { day: 0, team: 'SI2C' },
              { day: 1, team: 'SI2C' },
            ],
          },
        ],
        [
          {
            kind: 'college',
            tickets: [
              { day: 2, team: 'SI2C' },
              { day: 3, team: 'SI2C' },
            ],
          },
        ],
        [
          { kind: 'college', tickets: [] },
          { kind: 'lp', tickets: [] },
        ],
      ],
    });
    const f = forecast(
      { ...records, tickets: [...records.tickets, ticketOf('first', '0800000X', '2022-06-01', 'DRASI')] },
      'V5',
      '2024-06-01',
    );
    expect(f?.kindsWithoutHistory).toEqual(['lp']);
    // Weeks −1, 0 and 1 of V3 and V4: 4 tickets over 2 EPLE × 3 weeks; two EPLE: 2 × 4 / 6.
    expect(f?.weeks.find((w) => w.offset === 0)?.forecast?.SI2C.expected).toBeCloseTo(4 / 3, 9);
    expect(f?.backTest.waves.map((w) => w.waveId)).toEqual(['V4']);
  });
});
