import { addDays, type BudgetExecutoire, daysBetween, type Eple, type IsoDate } from '@opale/domain';
import { mulberry32, randomInt } from '../prng.js';
import { earlyEple } from './eple-early.js';
import { V6_BUDGET_NEVER, V6_BUDGET_PENDING, v6Ranking } from './v6-ranking.js';
import { academieWave } from './waves.js';

// Days the 50 V6 budgets of 2024 became exécutoire, with how many that day: 10 by 15/12/2023,
// 18 in December, 32 from 05/01 to 19/01/2024, none from 20/01 to 22/01.
const V6_ON_TIME: readonly (readonly [IsoDate, number])[] = [
  ['2023-12-04', 1],
  ['2023-12-07', 2],
  ['2023-12-11', 2],
  ['2023-12-14', 3],
  ['2023-12-15', 2],
  ['2023-12-18', 3],
  ['2023-12-19', 2],
  ['2023-12-21', 3],
  ['2024-01-05', 2],
  ['2024-01-08', 3],
  ['2024-01-09', 2],
  ['2024-01-10', 4],
  ['2024-01-11', 3],
  ['2024-01-12', 4],
  ['2024-01-15', 3],
  ['2024-01-16', 4],
  ['2024-01-17', 3],
  ['2024-01-18', 2],
  ['2024-01-19', 2],
];

// The 9 late V6 budgets, in February and March 2024; the 2 most struggling EPLE never make it.
const V6_LATE: readonly IsoDate[] = [
  '2024-02-02',
  '2024-02-07',
  '2024-02-09',
  '2024-02-14',
  '2024-02-16',
  '2024-02-23',
  '2024-03-05',
  '2024-03-12',
  '2024-03-22',
];

function v6Budgets(): BudgetExecutoire[] {
  const days = V6_ON_TIME.flatMap(([day, n]) => Array.from({ length: n }, () => day));
  const budgets: BudgetExecutoire[] = [];
  // The most advanced EPLE (end of the ranking) were exécutoire first.
  for (let rank = v6Ranking.length - 1, i = 0; rank >= V6_BUDGET_PENDING; rank -= 1, i += 1) {
    budgets.push({ uai: (v6Ranking[rank] as Eple).uai, exercise: 2024, executoireOn: days[i] as IsoDate });
  }
  for (let rank = V6_BUDGET_NEVER; rank < V6_BUDGET_PENDING; rank += 1) {
    const executoireOn = V6_LATE[V6_BUDGET_PENDING - 1 - rank] as IsoDate;
    budgets.push({ uai: (v6Ranking[rank] as Eple).uai, exercise: 2024, executoireOn });
  }
  return budgets;
}

/** A day in [from, to], both included. */
function dayBetween(random: () => number, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, randomInt(random, 0, daysBetween(from, to)));
}

/**
 * Budgets of the EPLE switched before V6, every year from their bascule to 2024, all
 * exécutoire: a January wave's first budget around its bascule, a September wave's in the month
 * of its bascule (prepared under GFC in op@le format), later ones in December or January.
 */
function earlyBudgets(): BudgetExecutoire[] {
  const random = mulberry32(0x0b0d);
  const budgets: BudgetExecutoire[] = [];
  for (const e of earlyEple) {
    const wave = academieWave(e.waveId);
    const first = Number(wave.switchDate.slice(0, 4));
    for (let exercise = first; exercise <= 2024; exercise += 1) {
      const september = exercise === first && wave.switchDate.slice(5, 7) === '09';
      const executoireOn = september
        ? dayBetween(random, wave.switchDate, addDays(wave.switchDate, 28))
        : dayBetween(random, `${exercise - 1}-12-01`, `${exercise}-01-19`);
      budgets.push({ uai: e.uai, exercise, executoireOn });
    }
  }
  return budgets;
}

/** The budgets exécutoires of the demo: the V6 figures of the committee and the earlier waves'. */
export const academieBudgets: readonly BudgetExecutoire[] = [...earlyBudgets(), ...v6Budgets()];
