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
  milestone_events: MilestoneEventsTable;
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
  trainer_tracks: TrainerTracksTable;
  trainer_unavailability: TrainerUnavailabilityTable;
  training_groups: TrainingGroupsTable;
  staff_counts: StaffCountsTable;
  difficulty_settings: DifficultySettingsTable;
  audit_log: AuditLogTable;
  imports: ImportsTable;
  resources: ResourcesTable;
  itop_outbox: ItopOutboxTable;
  itop_links: ItopLinksTable;
  itop_sync_runs: ItopSyncRunsTable;
  scenarios: ScenariosTable;
  wave_changes: WaveChangesTable;
}

/** The tables, each after those it references: the order to fill them in (reverse it to empty them). */
export const TABLES_PARENTS_FIRST = [
  'meta',
  'waves',
  'milestones',
  'milestone_events',
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
  'trainer_tracks',
  'trainer_unavailability',
  'training_groups',
  'staff_counts',
  'difficulty_settings',
  'audit_log',
  'imports',
  'resources',
  'itop_outbox',
  'itop_links',
  'itop_sync_runs',
  'scenarios',
  'wave_changes',
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
  /** Stable identity (`V6-1`), and the version a change must be based on. */
  id: string;
  version: ColumnType<number, number | undefined, number>;
}

/** One dated change of a milestone: its fields from `on_date` on (null: known from the origin). */
export interface MilestoneEventsTable extends Recorded {
  id: Generated<number>;
  milestone_id: string;
  on_date: string | null;
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
  /** The screenshots' file names, a JSON list; null for the rows that only counted them. */
  screenshot_names: string | null;
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

export interface TrainersTable extends Recorded {
  id: string;
  name: string;
  from_wave: string;
  version: ColumnType<number, number | undefined, number>;
}

/** The tracks a trainer can lead, in the order they were given. */
export interface TrainerTracksTable {
  trainer_id: string;
  track_id: string;
  position: number;
}

/** The waves a trainer is not available for. */
export interface TrainerUnavailabilityTable {
  trainer_id: string;
  wave_id: string;
}

export interface TrainingGroupsTable extends Recorded {
  id: string;
  wave_id: string;
  track_id: string;
  size: number;
  /** Null when the group lacks that trainer (a plan records its gaps). */
  trainer_a: string | null;
  trainer_b: string | null;
  version: ColumnType<number, number | undefined, number>;
  /** The day the group was planned (`YYYY-MM-DD`). */
  planned_on: string;
}

export interface StaffCountsTable {
  wave_id: string;
  track_id: string;
  count: number;
  /** The day the count was planned (`YYYY-MM-DD`). */
  planned_on: string;
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

/** A support resource of the Ressources page; `audience` holds its roles, comma-separated. */
export interface ResourcesTable extends Recorded {
  id: string;
  title: string;
  kind: string;
  description: string;
  url: string | null;
  mail: string | null;
  itop_prefix: string | null;
  audience: string;
  position: number;
  active_from: string;
  active_until: string | null;
  version: ColumnType<number, number | undefined, number>;
}

/** A change waiting to be written to iTop, or written, or given up after too many attempts. */
export interface ItopOutboxTable {
  id: Generated<number>;
  ticket_ref: string;
  /** `open` (create the request), or the kind of the ticket event to write. */
  change: string;
  /** The ticket event, as JSON; null for `open`. */
  event: string | null;
  /** `pending`, `sent` or `failed`. */
  state: string;
  attempts: number;
  /** The instant of the next attempt. */
  next_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** The iTop request a ticket opened in opale became. */
export interface ItopLinksTable {
  ticket_ref: string;
  itop_id: string;
  itop_ref: string;
  linked_at: string;
}

/** One run of the sync from iTop: what it read, what it wrote, what went wrong (JSON list). */
export interface ItopSyncRunsTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string;
  /** iTop's last_update the run read from; null: everything. */
  since: string | null;
  read: number;
  written: number;
  errors: string;
}

/** A named draft of the re-planning page; `scenario` holds its moves and bascules as JSON. */
export interface ScenariosTable {
  id: string;
  name: string;
  scenario: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: ColumnType<number, number | undefined, number>;
  applied_at: string | null;
  applied_by: string | null;
}

/**
 * One dated change of the plan: an EPLE moved between waves (`eple-wave`: `uai`, waves `from_value`
 * and `to_value`) or a wave's bascule moved (`switch-date`: `wave_id`, days `from_value` and
 * `to_value`), decided on `on_date`. The `eple` and `waves` rows hold the plan after every change.
 */
export interface WaveChangesTable extends Recorded {
  id: Generated<number>;
  kind: string;
  uai: string | null;
  wave_id: string | null;
  from_value: string;
  to_value: string;
  on_date: string;
}
