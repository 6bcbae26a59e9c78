export { backup, restore, type TableCounts } from './backup.js';
export type { Progress } from './chunks.js';
export { DEFAULT_SQLITE_FILE, type Engine, type Location, locate, type QueryListener } from './connect.js';
export type {
  DifficultyRuleInput,
  DifficultyRuleWrites,
  RecordedDifficultyRule,
} from './difficulty-settings-write.js';
export { csvChunks, toCsv } from './export/csv.js';
export { type EpleListRecords, epleListTable } from './export/eple-list-table.js';
export { itopOutboxTable } from './export/itop-outbox-table.js';
export { milestoneHistoryTable, unfollowedTable } from './export/page-list-tables.js';
export { RECORD_EXPORTS, type RecordExport, recordTables } from './export/record-exports.js';
export { reportTables } from './export/report-tables.js';
export { resourcesTable } from './export/resources-table.js';
export { restitutionsTable } from './export/restitution-table.js';
export { scenarioTable } from './export/scenario-table.js';
export { followUpsTable, schoolKitTable } from './export/school-tables.js';
export { EXPORT_WHATS, type ExportWhat, type RowStream, type Table } from './export/table.js';
export { ticketListTable } from './export/ticket-list-table.js';
export {
  type TrainerLabel,
  trainingGroupsTable,
  waveTracksTable,
  waveTrainersTable,
} from './export/training-page-tables.js';
export { toXlsx } from './export/xlsx.js';
export type { ItopExchanges, ItopOverview } from './itop/exchanges.js';
export {
  ITOP_ACTOR,
  OUTBOX_STATES,
  type OutboxEntry,
  type OutboxState,
  type TicketDelivery,
} from './itop/outbox.js';
export {
  backoffMs,
  DEFAULT_RETRY,
  type OutboxPass,
  type OutboxWorker,
  type RetryPolicy,
} from './itop/outbox-worker.js';
export { type ItopConnection, refusedUrl } from './itop/rest-call.js';
export type { SyncRun } from './itop/sync.js';
export type { StoredMilestone } from './milestone-writes.js';
export { type Scope, scopeKey } from './read-dataset.js';
export type { VersionedResource } from './resource-rows.js';
export type { ResourceWrites } from './resource-writes.js';
export type { ClearRestitutionAlert, RestitutionWrites } from './restitution-writes.js';
export type { ScenarioApplied, ScenarioDraft, ScenarioWrites } from './scenario-writes.js';
export type { Database } from './schema.js';
export { type Actor, type IntegrityReport, Store } from './store.js';
export type { VersionedTrainer } from './trainer-records.js';
export type { PlannedTraining, RecordedKitEvent, VersionedTicket, Writes } from './writes.js';
