import type { CommitteeReport } from '@opale/domain';
import { difficultyRuleTable } from './difficulty-rule-table.js';
import { difficultySettingsTable } from './difficulty-settings-table.js';
import { difficultyTable, ticketsTable, trainingTable } from './follow-tables.js';
import type { ExportWhat, Table } from './table.js';
import { budgetsTable, kitTable, wavesTable } from './wave-tables.js';

const BUILDERS: Record<Exclude<ExportWhat, 'report'>, (report: CommitteeReport) => Table> = {
  waves: wavesTable,
  budgets: budgetsTable,
  kit: kitTable,
  tickets: ticketsTable,
  difficulty: difficultyTable,
  'difficulty-rule': difficultyRuleTable,
  'difficulty-settings': difficultySettingsTable,
  training: trainingTable,
};

/**
 * The committee's tables drawn from `report`, with French headers: the one asked for, or every
 * table in the order of the slides when `what` is `report`. Figures are the report's own (the
 * budget rates stay truncated as the committee writes them); nothing is recomputed.
 */
export function reportTables(report: CommitteeReport, what: ExportWhat): Table[] {
  if (what === 'report') return Object.values(BUILDERS).map((build) => build(report));
  return [BUILDERS[what](report)];
}
