import type { Wave } from '@opale/domain';
import { academieWaves } from '../waves.js';
import { LATER_FROM, LATER_TO } from './period.js';

// The one V7 milestone left late at the committee is done after the spring of 2024.
const LATE_DONE_ON = '2024-04-12';

/**
 * The calendar as it stands on 31/12/2025: every milestone due by then is done on its day,
 * after the spring of 2024 only, so that every figure up to 31/03/2024 stays as it was.
 */
export const laterWaves: readonly Wave[] = academieWaves.map((wave) => ({
  ...wave,
  milestones: wave.milestones.map((m) => {
    if (m.doneOn !== undefined || m.dueOn > LATER_TO) return m;
    return { ...m, doneOn: m.dueOn < LATER_FROM ? LATE_DONE_ON : m.dueOn };
  }),
}));
