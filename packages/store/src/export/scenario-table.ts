import type { ScenarioComparison, WaveOutlook } from '@opale/domain';
import { type Cell, frenchDate, type Table } from './table.js';

const BUDGET: Record<string, string> = {
  opale: 'dans op@le',
  'gfc-opale-format': 'sous GFC au format op@le',
};

const cells = (w: WaveOutlook | undefined): Cell[] =>
  w === undefined
    ? [null, null, null, null, null, null, null, null, null]
    : [
        frenchDate(w.switchDate),
        w.eple,
        BUDGET[w.budgetMode] ?? w.budgetMode,
        w.training?.groups ?? null,
        w.training?.trainersNeeded ?? null,
        w.training?.trainersShort ?? null,
        w.load === null ? null : Math.round(w.load.expected),
        w.load === null ? null : frenchDate(w.load.peakWeek.from),
        w.load === null ? null : w.load.peakWeek.high,
      ];

/**
 * A re-planning scenario beside the current plan, wave by wave: two lines a wave, the current
 * plan's then the scenario's, and whether the scenario changes the wave.
 */
export function scenarioTable(comparison: ScenarioComparison): Table {
  const changed = new Set(comparison.changedWaves);
  const ids = [...new Set([...comparison.current.waves, ...comparison.scenario.waves].map((w) => w.waveId))];
  const of = (waves: readonly WaveOutlook[], id: string) => waves.find((w) => w.waveId === id);
  return {
    name: 'Re-planification',
    title: `Le plan actuel et le scénario au ${frenchDate(comparison.asOf)} : ${comparison.current.violations.length} puis ${comparison.scenario.violations.length} EPLE basculant avant leur agence comptable`,
    header: [
      'Vague',
      'Plan',
      'Changée par le scénario',
      'Bascule',
      'EPLE',
      'Premier budget',
      'Groupes de formation',
      'Formateurs nécessaires',
      'Formateurs manquants',
      'Tickets attendus (16 semaines)',
      'Semaine la plus chargée (du)',
      'Tickets de cette semaine (haut à 80 %)',
    ],
    rows: ids.flatMap((id) => [
      [id, 'actuel', changed.has(id) ? 'oui' : 'non', ...cells(of(comparison.current.waves, id))],
      [id, 'scénario', changed.has(id) ? 'oui' : 'non', ...cells(of(comparison.scenario.waves, id))],
    ]),
  };
}
