import { addDays, type BudgetExecutoire, type Eple } from '@opale/domain';
import { mulberry32, type Random } from '../../prng.js';
import { earlyEple } from '../eple-early.js';
import { v6Eple } from '../eple-v6.js';
import { academieWave } from '../waves.js';
import { dayIn, LATER_TO, laterDay } from './period.js';
import { laterRanking, STRUGGLING } from './struggling.js';

/**
 * A yearly budget voted in the autumn and exécutoire from December to mid-January; a
 * struggling EPLE's comes late, in February or March. Budgets not exécutoire by 31/12/2025 are
 * not recorded (yet).
 */
function yearly(random: Random, e: Eple, exercise: number, late: boolean): BudgetExecutoire[] {
  const executoireOn = late
    ? dayIn(random, `${exercise}-02-01`, `${exercise}-03-31`)
    : dayIn(random, `${exercise - 1}-12-01`, `${exercise}-01-19`);
  return executoireOn > LATER_TO ? [] : [{ uai: e.uai, exercise, executoireOn }];
}

function budgetsOf(random: Random, e: Eple, struggling: boolean): BudgetExecutoire[] {
  const wave = academieWave(e.waveId);
  const first = Number(wave.switchDate.slice(0, 4));
  const september = wave.switchDate.slice(5, 7) === '09';
  const budgets: BudgetExecutoire[] = [];
  // The first budget of a wave switched after the spring of 2024: a September wave's, prepared
  // under GFC in op@le format, in the month of its bascule; a January wave's around its bascule.
  if (first >= 2024 && e.waveId !== 'V6') {
    const from = september ? wave.switchDate : addDays(wave.switchDate, -31);
    const to = addDays(from, struggling ? 75 : 28);
    budgets.push({ uai: e.uai, exercise: first, executoireOn: laterDay(random, from, to) });
  }
  for (let exercise = Math.max(first + 1, 2025); exercise <= 2026; exercise += 1) {
    budgets.push(...yearly(random, e, exercise, struggling && exercise === first + 1));
  }
  return budgets;
}

function buildLaterBudgets(): BudgetExecutoire[] {
  const random = mulberry32(0x2025);
  return [
    ...[...earlyEple, ...v6Eple].flatMap((e) => budgetsOf(random, e, false)),
    ...(['V7', 'V8', 'V9'] as const).flatMap((waveId) =>
      laterRanking[waveId].flatMap((e, rank) => budgetsOf(random, e, rank < STRUGGLING[waveId])),
    ),
  ];
}

/**
 * Budgets exécutoires after 31/03/2024: V7's of 2024 in September 2024, V8's of 2025 around
 * its bascule, V9's of 2025 in September 2025; every switched EPLE's of 2025, and of 2026 for
 * those exécutoire by 31/12/2025.
 */
export const laterBudgets: readonly BudgetExecutoire[] = buildLaterBudgets();
