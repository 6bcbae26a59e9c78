import { type IsoDate, type Milestone, toEpochDay, type Wave } from '@opale/domain';
import { chance, type Random, randomInt } from '../prng.js';
import { isoDay } from './days.js';

/** Number of waves of the generated deployment: V1 in January 2021, then every January and September. */
export const NATIONAL_WAVE_COUNT = 12;

/** Relative size of each wave: a slow start, then the bulk of the EPLE. */
export const WAVE_WEIGHTS: readonly number[] = [1, 2, 2, 3, 5, 6, 10, 12, 16, 18, 14, 11];

/** The bascule day of wave `number` (1-based): 1 January or 1 September, from 2021. */
export function nationalSwitchDate(number: number): IsoDate {
  const year = 2021 + Math.floor((number - 1) / 2);
  return number % 2 === 1 ? `${year}-01-01` : `${year}-09-01`;
}

/** Days before the bascule the ministry creates a wave's EPLE in op@le. */
export const CREATED_BEFORE_SWITCH = 87;

function step(random: Random, kind: Milestone['kind'], label: string, due: number): Milestone {
  const dueOn = isoDay(due);
  // Most steps are on time; a few late; a very few never done.
  if (chance(random, 0.02)) return { kind, label, dueOn };
  const late = chance(random, 0.1) ? randomInt(random, 1, 12) : 0;
  return { kind, label, dueOn, doneOn: isoDay(due + late) };
}

/** The generated waves with their calendars; `attached` gives each wave's EPLE count. */
export function nationalWaves(random: Random, attached: readonly number[]): Wave[] {
  return Array.from({ length: NATIONAL_WAVE_COUNT }, (_, i): Wave => {
    const number = i + 1;
    const switchDate = nationalSwitchDate(number);
    const s = toEpochDay(switchDate);
    const milestones: Milestone[] = [step(random, 'eple-informed', 'Information des EPLE (mail)', s - 210)];
    if (switchDate.endsWith('09-01')) {
      milestones.push(
        step(random, 'budget-circular', 'Circulaire budgétaire : budget au format op@le', s - 316),
      );
    }
    // The creation and the bascule are what the records depend on: always done, on their day.
    const created = isoDay(s - CREATED_BEFORE_SWITCH);
    milestones.push(
      { kind: 'eple-created', label: 'Création des EPLE dans op@le', dueOn: created, doneOn: created },
      step(random, 'first-training', 'Premier module de formation', s - 53),
      { kind: 'bascule', label: 'Bascule de GFC vers op@le', dueOn: switchDate, doneOn: switchDate },
    );
    const count = attached[i] ?? 0;
    // Planned counts drift from the attached ones on some waves, as in the académies.
    const planned = chance(random, 0.25) ? Math.max(0, count + randomInt(random, -3, 3)) : count;
    return { id: `V${number}`, number, switchDate, plannedCount: planned, milestones };
  });
}
