export { backup, restore, type TableCounts } from './backup.js';
export type { Progress } from './chunks.js';
export { DEFAULT_SQLITE_FILE, type Engine, type Location, locate, type QueryListener } from './connect.js';
export type {
  DifficultyRuleInput,
  DifficultyRuleWrites,
  RecordedDifficultyRule,
} from './difficulty-settings-write.js';
export { toCsv } from './export/csv.js';
export { reportTables } from './export/report-tables.js';
export { EXPORT_WHATS, type ExportWhat, type Table } from './export/table.js';
export { toXlsx } from './export/xlsx.js';
export { type Scope, scopeKey } from './read-dataset.js';
export type { Database } from './schema.js';
export { type Actor, type IntegrityReport, Store } from './store.js';
export type { PlannedTraining, RecordedKitEvent, VersionedTicket, Writes } from './writes.js';
