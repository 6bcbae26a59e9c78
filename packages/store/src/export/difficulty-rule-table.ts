import {
  type CommitteeReport,
  DIFFICULTY_COUNT_LABELS,
  DIFFICULTY_SIGNALS,
  describeDifficultyRule,
  describeDifficultySignals,
} from '@opale/domain';
import { frenchDate, type Table } from './table.js';

/**
 * The difficulty rule the report's EPLE in difficulty were flagged by (the rule in force on its
 * day): each signal's weight, each threshold, and the rule in words, so that an exported list can
 * be checked against the rule that made it.
 */
export function difficultyRuleTable(report: CommitteeReport): Table {
  const { config, asOf } = report.difficulty;
  const labels = describeDifficultySignals(config);
  const counts = Object.entries(DIFFICULTY_COUNT_LABELS) as [keyof typeof DIFFICULTY_COUNT_LABELS, string][];
  return {
    name: 'Règle de difficulté',
    title: `Règle de difficulté en vigueur au ${frenchDate(asOf)}`,
    header: ['Paramètre', 'Valeur'],
    rows: [
      ...DIFFICULTY_SIGNALS.map((s) => [`Poids : ${labels[s]}`, config.weights[s]]),
      ...counts.map(([key, label]) => [label, config[key]]),
      ['La règle en mots', describeDifficultyRule(config)],
    ],
  };
}
