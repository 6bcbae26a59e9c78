import type { CommitteeReport, Dataset } from '@opale/domain';
import { agencesTable } from './agences-table.js';
import { difficultyRuleTable } from './difficulty-rule-table.js';
import { difficultySettingsTable } from './difficulty-settings-table.js';
import { difficultyTable, ticketsTable, trainingTable } from './follow-tables.js';
import { milestonesTable } from './milestone-table.js';
import { requalifiedTable } from './requalified-table.js';
import { restitutionsTable } from './restitution-table.js';
import type { ExportWhat, Table } from './table.js';
import { budgetsTable, kitTable, wavesTable } from './wave-tables.js';

const BUILDERS: Record<
  Exclude<ExportWhat, 'report'>,
  (report: CommitteeReport, records: Dataset) => Table
> = {
  waves: wavesTable,
  agences: agencesTable,
  budgets: budgetsTable,
  kit: kitTable,
  tickets: ticketsTable,
  requalified: requalifiedTable,
  difficulty: difficultyTable,
  'difficulty-rule': difficultyRuleTable,
  'difficulty-settings': difficultySettingsTable,
  training: trainingTable,
  milestones: milestonesTable,
  restitutions: (report, records) => restitutionsTable(records, report.asOf),
};

/**
 * The committee's tables drawn from `report`, with French headers: the one asked for, or every
 * table in the order of the slides when `what` is `report`. Figures are the report's own (the
 * budget rates stay truncated as the committee writes them). What the report only counts is
 * listed from `records` as of its day: the alerts of the restitutions, the EPLE of the waves
 * beside their agence comptable, the requalified tickets.
 */
export function reportTables(report: CommitteeReport, what: ExportWhat, records: Dataset): Table[] {
  if (what === 'report') return Object.values(BUILDERS).map((build) => build(report, records));
  return [BUILDERS[what](report, records)];
}
