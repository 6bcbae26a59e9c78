import type {
  BudgetExecutoire,
  Eple,
  EpleKind,
  FollowUp,
  KitAction,
  KitEvent,
  Milestone,
  RestitutionAlert,
  StaffCount,
  Ticket,
  TicketEvent,
  TrainingGroup,
  TrainingTrack,
  Wave,
} from '@opale/domain';
import type { Insertable, Selectable } from 'kysely';
import { TICKET_COLUMNS, TICKET_EVENT_COLUMNS, ticketEventOf, ticketOf, tupleOf } from './row-tuples.js';
import type { Database, Recorded } from './schema.js';

// One place maps records to rows and back, so that what is written is what is read.

type Row<T extends keyof Database> = Selectable<Database[T]>;
type NewRow<T extends keyof Database> = Insertable<Database[T]>;

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export const waveRow = (w: Wave, r: Recorded): NewRow<'waves'> => ({
  id: w.id,
  number: w.number,
  switch_date: w.switchDate,
  planned_count: w.plannedCount,
  ...r,
});

export const toWave = (w: Row<'waves'>, milestones: readonly Milestone[]): Wave => ({
  id: w.id,
  number: w.number,
  switchDate: w.switch_date,
  plannedCount: w.planned_count,
  milestones,
});

export const epleRow = (e: Eple, r: Recorded): NewRow<'eple'> => ({
  uai: e.uai,
  name: e.name,
  kind: e.kind,
  commune: e.commune,
  departement: e.departement,
  agence_uai: e.agenceUai,
  wave_id: e.waveId,
  created_on: e.createdOn,
  ...r,
});

/** An EPLE of the records; `null` for an establishment of the directory not yet in a wave. */
export const toEple = (e: Row<'eple'>): Eple | null =>
  e.wave_id === null || e.agence_uai === null || e.created_on === null
    ? null
    : {
        uai: e.uai,
        name: e.name,
        kind: e.kind as EpleKind,
        commune: e.commune,
        departement: e.departement,
        agenceUai: e.agence_uai,
        waveId: e.wave_id,
        createdOn: e.created_on,
      };

export const budgetRow = (b: BudgetExecutoire, r: Recorded): NewRow<'budget_events'> => ({
  uai: b.uai,
  exercise: b.exercise,
  executoire_on: b.executoireOn,
  ...r,
});

export const toBudget = (b: Row<'budget_events'>): BudgetExecutoire => ({
  uai: b.uai,
  exercise: b.exercise,
  executoireOn: b.executoire_on,
});

export const kitActionRow = (a: KitAction, position: number): NewRow<'kit_actions'> => ({
  id: a.id,
  position,
  actor: a.actor,
  label: a.label,
});

export const toKitAction = (a: Row<'kit_actions'>): KitAction => ({
  id: a.id,
  actor: a.actor as KitAction['actor'],
  label: a.label,
});

export const kitEventRow = (e: KitEvent, r: Recorded): NewRow<'kit_events'> => ({
  uai: e.uai,
  action_id: e.actionId,
  kind: e.kind,
  on_date: e.on,
  ...r,
});

export const ticketRow = (t: Ticket, r: Recorded): NewRow<'tickets'> => ({
  ref: t.ref,
  channel: t.channel,
  service: t.service ?? null,
  title: t.title,
  opened_on: t.openedOn,
  uai: t.uai ?? null,
  team: t.team,
  requester_last_name: t.requester?.lastName ?? null,
  requester_first_name: t.requester?.firstName ?? null,
  requester_function: t.requester?.function ?? null,
  environment: t.environment ?? null,
  sphere: t.sphere ?? null,
  operations: t.operations ?? null,
  screenshots: t.screenshots ?? null,
  screenshot_names: t.screenshotNames ? JSON.stringify(t.screenshotNames) : null,
  error_message: t.errorMessage ?? null,
  ...r,
});

export const ticketEventRow = (
  ref: string,
  seq: number,
  e: TicketEvent,
  r: Recorded,
): NewRow<'ticket_events'> => ({
  ticket_ref: ref,
  seq,
  kind: e.kind,
  on_date: e.on,
  target: 'to' in e ? e.to : null,
  by: e.by ?? null,
  ...r,
});

/** A ticket's change from its row, built as the full read builds it (see `row-tuples.ts`). */
export const toTicketEvent = (e: Row<'ticket_events'>): TicketEvent =>
  ticketEventOf(tupleOf(e, TICKET_EVENT_COLUMNS));

/** A ticket from its row, with its history, built as the full read builds it (see `row-tuples.ts`). */
export const toTicket = (t: Row<'tickets'>, history: TicketEvent[]): Ticket =>
  ticketOf(tupleOf(t, TICKET_COLUMNS), history);

export const restitutionRow = (a: RestitutionAlert, r: Recorded): NewRow<'restitution_alerts'> => ({
  uai: a.uai,
  on_date: a.on,
  report: a.report,
  severity: a.severity,
  message: a.message,
  cleared_on: a.clearedOn ?? null,
  ...r,
});

export const toRestitution = (a: Row<'restitution_alerts'>): RestitutionAlert => ({
  uai: a.uai,
  on: a.on_date,
  report: a.report,
  severity: a.severity as RestitutionAlert['severity'],
  message: a.message,
  clearedOn: opt(a.cleared_on),
});

export const followUpRow = (f: FollowUp, r: Recorded): NewRow<'follow_ups'> => ({
  uai: f.uai,
  on_date: f.on,
  kind: f.kind,
  note: f.note,
  by: f.by ?? null,
  ...r,
});

export const toFollowUp = (f: Row<'follow_ups'>): FollowUp => ({
  uai: f.uai,
  on: f.on_date,
  kind: f.kind as FollowUp['kind'],
  note: f.note,
  by: opt(f.by),
});

export const trackRow = (t: TrainingTrack, position: number): NewRow<'training_tracks'> => ({
  id: t.id,
  position,
  label: t.label,
  grouped: t.grouped ? 1 : 0,
  presential_days: t.presentialDays,
  remote_hours: t.remoteHours,
});

export const toTrack = (t: Row<'training_tracks'>): TrainingTrack => ({
  id: t.id,
  label: t.label,
  grouped: Boolean(t.grouped),
  presentialDays: Number(t.presential_days),
  remoteHours: Number(t.remote_hours),
});

export const groupRow = (g: TrainingGroup, r: Recorded): NewRow<'training_groups'> => ({
  id: g.id,
  wave_id: g.waveId,
  track_id: g.trackId,
  size: g.size,
  trainer_a: g.trainerIds[0] ?? null,
  trainer_b: g.trainerIds[1] ?? null,
  planned_on: g.plannedOn,
  ...r,
});

export const toGroup = (g: Row<'training_groups'>): TrainingGroup => ({
  id: g.id,
  waveId: g.wave_id,
  trackId: g.track_id,
  size: g.size,
  trainerIds: [g.trainer_a, g.trainer_b].filter((id): id is string => id !== null),
  plannedOn: g.planned_on,
});

export const staffRow = (s: StaffCount): NewRow<'staff_counts'> => ({
  wave_id: s.waveId,
  track_id: s.trackId,
  count: s.count,
  planned_on: s.plannedOn,
});

export const toStaff = (s: Row<'staff_counts'>): StaffCount => ({
  waveId: s.wave_id,
  trackId: s.track_id,
  count: s.count,
  plannedOn: s.planned_on,
});
