import { describe, expect, it } from 'vitest';
import { epleBudget, waveBudget } from './budget.js';
import { fixtureDataset, uai } from './dataset.fixture.js';
import type { Eple } from './eple.js';

const dataset = fixtureDataset();
const of = (u: string) => dataset.eple.find((e) => e.uai === u) as Eple;
const budgetOf = (e: Eple, asOf: string) => epleBudget(e, dataset.waves, dataset.budgets, asOf);

describe('epleBudget', () => {
  it("is the budget of the year of the EPLE's bascule, from the day it became exécutoire", () => {
    expect(budgetOf(of(uai.agence), '2024-01-22')).toEqual({ exercise: 2023, executoireOn: '2022-12-15' });
    expect(budgetOf(of(uai.calm), '2024-01-22')).toEqual({ exercise: 2024, executoireOn: '2024-01-10' });
  });

  it('is not exécutoire before that day, nor on a day it is not yet', () => {
    expect(budgetOf(of(uai.calm), '2024-01-09')).toEqual({ exercise: 2024, executoireOn: null });
    expect(budgetOf(of(uai.late), '2024-01-22')).toEqual({ exercise: 2024, executoireOn: null });
    expect(budgetOf(of(uai.late), '2024-02-20')).toEqual({ exercise: 2024, executoireOn: '2024-02-20' });
  });

  it('keeps the earliest day of a budget recorded twice, and ignores other years and EPLE', () => {
    const budgets = [
      ...dataset.budgets,
      { uai: uai.calm, exercise: 2024, executoireOn: '2024-01-05' },
      { uai: uai.calm, exercise: 2024, executoireOn: '2024-01-15' },
      { uai: uai.late, exercise: 2023, executoireOn: '2023-06-01' },
    ];
    expect(epleBudget(of(uai.calm), dataset.waves, budgets, '2024-01-22').executoireOn).toBe('2024-01-05');
    expect(epleBudget(of(uai.late), dataset.waves, budgets, '2024-01-22').executoireOn).toBeNull();
  });

  it('is the budget of the year of the day asked when the wave is unknown', () => {
    const lost = { ...of(uai.calm), waveId: 'V9' };
    expect(budgetOf(lost, '2024-01-22')).toEqual({ exercise: 2024, executoireOn: '2024-01-10' });
    expect(budgetOf(lost, '2025-03-01')).toEqual({ exercise: 2025, executoireOn: null });
  });

  it.each(['2022-12-14', '2022-12-15', '2024-01-01', '2024-01-11', '2024-01-22', '2024-03-01'])(
    "agrees with each wave's pending EPLE as of %s",
    (asOf) => {
      for (const wave of dataset.waves) {
        const figures = waveBudget(wave, dataset.eple, dataset.budgets, asOf);
        for (const e of dataset.eple.filter((x) => x.waveId === wave.id)) {
          const budget = budgetOf(e, asOf);
          expect(budget.exercise).toBe(figures.exercise);
          expect(budget.executoireOn === null).toBe(figures.pending.includes(e.uai));
        }
      }
    },
  );
});
