import {
  changesInEffect,
  fieldsOf,
  type Milestone,
  type MilestoneChange,
  type MilestoneFields,
  milestoneId,
  type Wave,
} from '@opale/domain';
import type { Insertable, Selectable } from 'kysely';
import type { Database, Recorded } from './schema.js';

// Milestones and their dated changes, to rows and back: the `milestones` row holds the latest
// fields of the milestone (its changes all applied) and its version; `milestone_events` every change.

type MilestoneRow = Selectable<Database['milestones']>;
type EventRow = Selectable<Database['milestone_events']>;

/** The row of a milestone at `position` of its wave, with its latest fields. */
export const milestoneRow = (
  waveId: string,
  position: number,
  id: string,
  fields: MilestoneFields,
  version = 1,
): Insertable<Database['milestones']> => ({
  wave_id: waveId,
  position,
  id,
  version,
  kind: fields.kind,
  label: fields.label,
  due_on: fields.dueOn,
  done_on: fields.doneOn ?? null,
});

/** The row of one change of a milestone. */
export const milestoneEventRow = (
  milestoneId: string,
  on: string | undefined,
  fields: MilestoneFields,
  r: Recorded,
): Insertable<Database['milestone_events']> => ({
  milestone_id: milestoneId,
  on_date: on ?? null,
  kind: fields.kind,
  label: fields.label,
  due_on: fields.dueOn,
  done_on: fields.doneOn ?? null,
  ...r,
});

/**
 * The rows of a wave's milestones and of their changes, as a dataset gives them: a milestone
 * without history gets one change known from the origin, recorded by `r`.
 */
export function waveMilestoneRows(
  w: Wave,
  r: Recorded,
): { milestones: Insertable<Database['milestones']>[]; events: Insertable<Database['milestone_events']>[] } {
  const milestones = w.milestones.map((m, position) =>
    milestoneRow(w.id, position, m.id ?? milestoneId(w.id, position), m, m.version ?? 1),
  );
  const events = w.milestones.flatMap((m, position) => {
    const id = m.id ?? milestoneId(w.id, position);
    const history = m.history ?? [];
    if (history.length === 0) return [milestoneEventRow(id, undefined, m, r)];
    return history.map((c) =>
      milestoneEventRow(id, c.on, c, { recorded_by: c.recordedBy, recorded_at: c.recordedAt }),
    );
  });
  return { milestones, events };
}

/** A change as the domain reads it. */
export const toMilestoneChange = (e: EventRow): MilestoneChange => ({
  ...(e.on_date === null ? {} : { on: e.on_date }),
  kind: e.kind as MilestoneChange['kind'],
  label: e.label,
  dueOn: e.due_on,
  ...(e.done_on === null ? {} : { doneOn: e.done_on }),
  recordedBy: e.recorded_by,
  recordedAt: e.recorded_at,
});

/** A milestone with its identity, version and changes (`events` in the order recorded). */
export const toMilestone = (m: MilestoneRow, events: readonly EventRow[]): Milestone => ({
  id: m.id,
  version: m.version,
  kind: m.kind as Milestone['kind'],
  label: m.label,
  dueOn: m.due_on,
  doneOn: m.done_on ?? undefined,
  history: events.map(toMilestoneChange),
});

/** The latest fields of a milestone once `history` is all applied. */
export function latestFields(history: readonly MilestoneChange[]): MilestoneFields | undefined {
  const last = changesInEffect(history).at(-1);
  return last === undefined ? undefined : fieldsOf(last);
}
