import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of the store. Days are ISO calendar days (`YYYY-MM-DD`) and instants ISO
 * timestamps, as text in both engines, so that SQLite and PostgreSQL give back the same values.
 * Records that change carry a `version`; what happens to them is kept as dated events, each with
 * who recorded it and when, so that every figure can be computed as of any date.
 */
export interface Database {
  store_revision: { id: number; value: number };
  meta: MetaTable;
  waves: WavesTable;
  milestones: MilestonesTable;
  eple: EpleTable;
  budget_events: BudgetEventsTable;
  kit_actions: KitActionsTable;
  kit_events: KitEventsTable;
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  restitution_alerts: RestitutionAlertsTable;
  follow_ups: FollowUpsTable;
  training_tracks: TrainingTracksTable;
  trainers: TrainersTable;
  training_groups: TrainingGroupsTable;
  staff_counts: StaffCountsTable;
  difficulty_settings: DifficultySettingsTable;
  audit_log: AuditLogTable;
  imports: ImportsTable;
}

/** The tables, each after those it references: the order to fill them in (reverse it to empty them). */
export const TABLES_PARENTS_FIRST = [
  'meta',
  'waves',
  'milestones',
  'eple',
  'kit_actions',
  'budget_events',
  'kit_events',
  'tickets',
  'ticket_events',
  'restitution_alerts',
  'follow_ups',
  'training_tracks',
  'trainers',
  'training_groups',
  'staff_counts',
  'difficulty_settings',
  'audit_log',
  'imports',
] as const satisfies readonly (keyof Database)[];

/** Who recorded a change, and when (an ISO timestamp). */
export interface Recorded {
  recorded_by: string;
  recorded_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface WavesTable extends Recorded {
  id: string;
  number: number;
  switch_date: string;
  planned_count: number | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface MilestonesTable {
  wave_id: string;
  position: number;
  kind: string;
  label: string;
  due_on: string;
  done_on: string | null;
}

export interface EpleTable extends Recorded {
  uai: string;
  name: string;
  kind: string;
  commune: string;
  departement: string;
  /** The deployment of the EPLE: unknown until the académie's table gives it (an EPLE of the directory only). */
  agence_uai: string | null;
  wave_id: string | null;
  created_on: string | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface BudgetEventsTable extends Recorded {
  id: Generated<number>;
  uai: string;
  exercise: number;
  executoire_on: string;
}

export interface KitActionsTable {
  id: string;
  position: number;
  actor: string;
  label: string;
}

export interface KitEventsTable extends Recorded {
  id: Generated<number>;
  uai: string;
  action_id: string;
  kind: 'finalized' | 'undone';
  on_date: string;
}

export interface TicketsTable extends Recorded {
  ref: string;
  channel: string;
  service: string | null;
  title: string;
  opened_on: string;
  uai: string | null;
  team: string;
  requester_last_name: string | null;
  requester_first_name: string | null;
  requester_function: string | null;
  environment: string | null;
  sphere: string | null;
  operations: string | null;
  screenshots: number | null;
  error_message: string | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface TicketEventsTable extends Recorded {
  ticket_ref: string;
  /** Order of the event in the ticket's history, from 0. */
  seq: number;
  kind: string;
  on_date: string;
  /** The team or service the event sends the ticket to (requalified, escalated, returned). */
  target: string | null;
  by: string | null;
}

export interface RestitutionAlertsTable extends Recorded {
  id: Generated<number>;
  uai: string;
  on_date: string;
  report: string;
  severity: string;
  message: string;
  cleared_on: string | null;
}

export interface FollowUpsTable extends Recorded {
  id: Generated<number>;
  uai: string;
  on_date: string;
  kind: string;
  note: string;
  by: string | null;
}

export interface TrainingTracksTable {
  id: string;
  position: number;
  label: string;
  grouped: number;
  presential_days: number;
  remote_hours: number;
}

export interface TrainersTable {
  id: string;
  name: string;
  from_wave: string;
}

export interface TrainingGroupsTable extends Recorded {
  id: string;
  wave_id: string;
  track_id: string;
  size: number;
  trainer_a: string;
  trainer_b: string;
  version: ColumnType<number, number | undefined, number>;
}

export interface StaffCountsTable {
  wave_id: string;
  track_id: string;
  count: number;
}

/** The difficulty rule's history: rows are only added (see `difficulty-settings-write.ts`). */
export interface DifficultySettingsTable extends Recorded {
  id: Generated<number>;
  effective_on: string;
  /** The rule as JSON: `DifficultyConfig`. */
  config: string;
  reason: string | null;
}

/** One line per change: who, when, what, on which record. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  detail: string | null;
}

/** Files imported, by content hash: importing the same file again changes nothing. */
export interface ImportsTable {
  id: Generated<number>;
  kind: string;
  sha256: string;
  file_name: string;
  imported_at: string;
  imported_by: string;
  rows: number;
}
