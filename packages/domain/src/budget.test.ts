import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BudgetExecutoire,
  budgetExecutoireOn,
  budgetExercise,
  budgetIndex,
  epleBudget,
  validateBudgetExecutoire,
  waveBudget,
} from './budget.js';
import { fromEpochDay, toEpochDay } from './date.js';
import type { Eple } from './eple.js';
import { makeUai } from './uai.js';
import type { Wave } from './wave.js';

function wave(id: string, switchDate: string): Wave {
  return { id, number: Number(id.slice(1)), switchDate, plannedCount: null, milestones: [] };
}

function eple(n: number, waveId: string, createdOn = '2023-10-06'): Eple {
  const uai = makeUai(String(800000 + n).padStart(7, '0'));
  return {
    uai,
    name: `Collège ${n}`,
    kind: 'college',
    commune: 'Amiens',
    departement: '80',
    agenceUai: uai,
    waveId,
    createdOn,
  };
}

const V6 = wave('V6', '2024-01-01');
const V7 = wave('V7', '2024-09-01');

describe('budgetExercise', () => {
  it('is the year of the bascule, for January and September waves alike', () => {
    expect(budgetExercise(V6)).toBe(2024);
    expect(budgetExercise(V7)).toBe(2024);
    expect(budgetExercise(wave('V9', '2025-09-01'))).toBe(2025);
  });
});

describe('waveBudget', () => {
  const v6 = Array.from({ length: 57 }, (_, i) => eple(i, 'V6'));
  const others = [eple(100, 'V7'), eple(101, 'V5')];
  const budgets: BudgetExecutoire[] = [
    ...v6
      .slice(0, 41)
      .map((e, i) => ({ uai: e.uai, exercise: 2024, executoireOn: i < 25 ? '2024-01-05' : '2024-01-19' })),
    // The same budget recorded twice must not count twice.
    { uai: v6[0]?.uai ?? '', exercise: 2024, executoireOn: '2024-01-10' },
    // Exécutoire after the reference date: not yet counted.
    { uai: v6[41]?.uai ?? '', exercise: 2024, executoireOn: '2024-01-22' },
    // The previous year's budget does not count for V6.
    { uai: v6[42]?.uai ?? '', exercise: 2023, executoireOn: '2023-12-01' },
    // EPLE of other waves are not V6's.
    ...others.map((e) => ({ uai: e.uai, exercise: 2024, executoireOn: '2024-01-02' })),
  ];

  it('counts from the records and truncates: 41 / 57 is 71.92 %, not 71.93 %', () => {
    const result = waveBudget(V6, [...others, ...v6], budgets, '2024-01-19');
    expect(result.waveId).toBe('V6');
    expect(result.exercise).toBe(2024);
    expect(result.total).toBe(57);
    expect(result.executoire).toBe(41);
    expect(result.rate).toEqual({ numerator: 41, denominator: 57, percent: 71.92 });
  });

  it('lists the EPLE still pending, sorted', () => {
    const result = waveBudget(V6, [...v6].reverse(), budgets, '2024-01-19');
    const expected = v6.slice(41).map((e) => e.uai);
    expect(result.pending).toEqual([...expected].sort());
    expect(result.pending).toHaveLength(16);
  });

  it('counts a budget from the day it is exécutoire, not before', () => {
    expect(waveBudget(V6, v6, budgets, '2024-01-18').executoire).toBe(25);
    expect(waveBudget(V6, v6, budgets, '2024-01-22').executoire).toBe(42);
  });

  it('gives a null percentage for a wave with no EPLE attached', () => {
    const result = waveBudget(wave('V3', '2022-09-01'), v6, budgets, '2024-01-19');
    expect(result).toEqual({
      waveId: 'V3',
      exercise: 2022,
      total: 0,
      executoire: 0,
      rate: { numerator: 0, denominator: 0, percent: null },
      executoireEple: [],
      pending: [],
    });
  });
});

describe('budgetIndex', () => {
  it('keeps the earliest day per EPLE and exercise', () => {
    const a = eple(1, 'V6').uai;
    const b = eple(2, 'V6').uai;
    const index = budgetIndex([
      { uai: a, exercise: 2024, executoireOn: '2024-01-19' },
      { uai: a, exercise: 2024, executoireOn: '2024-01-05' },
      { uai: a, exercise: 2024, executoireOn: '2024-01-10' },
      { uai: a, exercise: 2023, executoireOn: '2023-02-01' },
      { uai: b, exercise: 2024, executoireOn: '2024-01-08' },
    ]);
    expect(index.get(`${a}|2024`)).toBe('2024-01-05');
    expect(index.get(`${a}|2023`)).toBe('2023-02-01');
    expect(index.get(`${b}|2024`)).toBe('2024-01-08');
    expect(index.get(`${b}|2023`)).toBeUndefined();
    expect(index.size).toBe(3);
    expect(budgetExecutoireOn(index, a, 2024, '2024-01-04')).toBeNull();
    expect(budgetExecutoireOn(index, a, 2024, '2024-01-05')).toBe('2024-01-05');
    expect(budgetExecutoireOn(index, b, 2023, '2024-12-31')).toBeNull();
  });
});

describe('validateBudgetExecutoire', () => {
  const known = eple(7, 'V6', '2023-10-06');
  const ctx = { eple: new Map([[known.uai, known]]) };
  const valid = { uai: known.uai, exercise: 2024, executoireOn: '2024-01-19' };

  function errorsOf(input: unknown, field?: string) {
    const result = validateBudgetExecutoire(input, ctx, field);
    return result.ok ? [] : result.errors;
  }

  it('accepts a valid record and normalises the UAI', () => {
    expect(validateBudgetExecutoire(valid, ctx)).toEqual({ ok: true, value: valid });
    const lower = validateBudgetExecutoire({ ...valid, uai: ` ${known.uai.toLowerCase()} ` }, ctx);
    expect(lower.ok && lower.value.uai).toBe(known.uai);
  });

  it('accepts the bounds 2000 and 2100 and a budget on the very day the EPLE was created', () => {
    expect(validateBudgetExecutoire({ ...valid, exercise: 2000 }, ctx).ok).toBe(true);
    expect(validateBudgetExecutoire({ ...valid, exercise: 2100 }, ctx).ok).toBe(true);
    expect(validateBudgetExecutoire({ ...valid, executoireOn: '2023-10-06' }, ctx).ok).toBe(true);
  });

  it.each([null, undefined, 42, 'budget', [valid]])('rejects %j as not a record', (input) => {
    expect(errorsOf(input)).toEqual([expect.objectContaining({ field: 'budget', code: 'invalid_format' })]);
  });

  it('rejects a missing, malformed or wrongly lettered UAI', () => {
    expect(errorsOf({ ...valid, uai: undefined })).toEqual([
      expect.objectContaining({ field: 'budget.uai', code: 'required' }),
    ]);
    expect(errorsOf({ ...valid, uai: '080123' })).toEqual([
      expect.objectContaining({ field: 'budget.uai', code: 'invalid_format' }),
    ]);
    const wrongLetter = `${known.uai.slice(0, 7)}${known.uai.endsWith('A') ? 'B' : 'A'}`;
    expect(errorsOf({ ...valid, uai: wrongLetter })).toEqual([
      expect.objectContaining({ field: 'budget.uai', code: 'invalid_check_letter' }),
    ]);
  });

  it('rejects the UAI of an unknown EPLE', () => {
    const unknown = eple(8, 'V6').uai;
    const [error] = errorsOf({ ...valid, uai: unknown });
    expect(error).toMatchObject({ field: 'budget.uai', code: 'unknown_reference' });
    expect(error?.message).toContain(unknown);
  });

  it.each([
    ['2024', 'invalid_format'],
    [2024.5, 'invalid_format'],
    [undefined, 'required'],
    [1999, 'out_of_range'],
    [2101, 'out_of_range'],
  ])('rejects the exercise %j', (exercise, code) => {
    const [error] = errorsOf({ ...valid, exercise });
    expect(error).toMatchObject({ field: 'budget.exercise', code });
    expect(error?.message).toMatch(/^budget\.exercise: expected/);
  });

  it.each(['19/01/2024', '2024-02-30', 20240119, undefined])('rejects the day %j', (executoireOn) => {
    expect(errorsOf({ ...valid, executoireOn })).toEqual([
      expect.objectContaining({ field: 'budget.executoireOn', code: 'invalid_date' }),
    ]);
  });

  it('rejects a budget exécutoire before the EPLE exists, naming its creation day', () => {
    const [error] = errorsOf({ ...valid, executoireOn: '2023-10-05' });
    expect(error).toMatchObject({ field: 'budget.executoireOn', code: 'rule_violation' });
    expect(error?.message).toContain('2023-10-06');
  });

  it('reports every problem at once, under the given field', () => {
    const errors = errorsOf({ uai: 'x', exercise: 'y', executoireOn: 'z' }, 'budgets[3]');
    expect(errors.map((e) => e.field).sort()).toEqual([
      'budgets[3].executoireOn',
      'budgets[3].exercise',
      'budgets[3].uai',
    ]);
  });
});

describe('waveBudget properties', () => {
  const day = fc.integer({ min: toEpochDay('2023-09-01'), max: toEpochDay('2024-12-31') }).map(fromEpochDay);
  const records = fc.record({
    count: fc.integer({ min: 0, max: 30 }),
    budgets: fc.array(
      fc.record({ n: fc.integer({ min: 0, max: 40 }), exercise: fc.constantFrom(2023, 2024), on: day }),
      { maxLength: 60 },
    ),
  });
  const build = ({
    count,
    budgets,
  }: {
    count: number;
    budgets: { n: number; exercise: number; on: string }[];
  }) => ({
    eple: Array.from({ length: count }, (_, i) => eple(i, 'V6')),
    budgets: budgets.map((b) => ({ uai: eple(b.n, 'V6').uai, exercise: b.exercise, executoireOn: b.on })),
  });

  it('keeps the percentage within [0, 100]', () => {
    fc.assert(
      fc.property(records, day, (input, asOf) => {
        const { eple: all, budgets } = build(input);
        const result = waveBudget(V6, all, budgets, asOf);
        expect(result.executoire + result.pending.length).toBe(result.total);
        if (result.total === 0) expect(result.rate.percent).toBeNull();
        else {
          expect(result.rate.percent).toBeGreaterThanOrEqual(0);
          expect(result.rate.percent).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never counts fewer budgets exécutoires at a later date', () => {
    fc.assert(
      fc.property(records, day, day, (input, d1, d2) => {
        const { eple: all, budgets } = build(input);
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(waveBudget(V6, all, budgets, late).executoire).toBeGreaterThanOrEqual(
          waveBudget(V6, all, budgets, early).executoire,
        );
      }),
    );
  });

  it("agrees with each EPLE's budget: pending exactly when not exécutoire", () => {
    fc.assert(
      fc.property(records, day, (input, asOf) => {
        const { eple: all, budgets } = build(input);
        const pending = all.filter((e) => epleBudget(e, [V6], budgets, asOf).executoireOn === null);
        expect(pending.map((e) => e.uai).sort()).toEqual(waveBudget(V6, all, budgets, asOf).pending);
      }),
    );
  });
});
