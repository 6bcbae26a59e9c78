import { type CommitteeReport, DIFFICULTY_SIGNALS, type DifficultySetting } from '@opale/domain';
import { COUNT_COLUMNS } from '../import/difficulty-settings.js';
import { frenchDate, type Table } from './table.js';

const counts = Object.entries(COUNT_COLUMNS) as [keyof typeof COUNT_COLUMNS, readonly string[]][];

/**
 * Difficulty rules, one a line, in the columns the `difficulty-settings` import reads (so that a
 * file of rules to come can be exported, edited and imported again), with who recorded each rule
 * and when.
 */
export function difficultyRulesTable(settings: readonly DifficultySetting[], title: string): Table {
  return {
    name: 'Historique de la règle',
    title,
    header: [
      'en_vigueur_le',
      ...counts.map(([, names]) => names[0] as string),
      ...DIFFICULTY_SIGNALS,
      'motif',
      'enregistree_par',
      'enregistree_le',
    ],
    rows: settings.map((s) => [
      frenchDate(s.effectiveOn),
      ...counts.map(([key]) => s.config[key]),
      ...DIFFICULTY_SIGNALS.map((signal) => s.config.weights[signal]),
      s.reason ?? null,
      s.recordedBy,
      s.recordedAt,
    ]),
  };
}

/** The difficulty rule's history up to the report's day (see {@link difficultyRulesTable}). */
export function difficultySettingsTable(report: CommitteeReport): Table {
  return difficultyRulesTable(
    report.difficultyRules,
    `Règles de difficulté en vigueur jusqu’au ${frenchDate(report.asOf)}`,
  );
}
