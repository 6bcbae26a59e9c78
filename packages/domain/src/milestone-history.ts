import type { IsoDate } from './date.js';
import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { fromErrors, type Result } from './result.js';
import {
  MILESTONE_KINDS,
  type Milestone,
  type MilestoneChange,
  type MilestoneKind,
  type MilestoneStatus,
  milestoneStatus,
  type Wave,
  type WaveId,
} from './wave.js';

/**
 * The identity a milestone is given from its wave and its position in the wave's calendar
 * (0-based): `V6-1` for the first one. It never changes afterwards, whatever the milestone's
 * label, kind or days become.
 */
export function milestoneId(waveId: WaveId, position: number): string {
  return `${waveId}-${position + 1}`;
}

/** The French name of each kind of milestone, as users read and write it (the import's `type`). */
export const MILESTONE_KIND_LABELS: Readonly<Record<MilestoneKind, string>> = {
  'eple-informed': 'Information des EPLE',
  'eple-created': 'Création des EPLE dans op@le',
  'budget-circular': 'Circulaire budgétaire',
  'first-training': 'Premier module de formation',
  reminder: 'Relance',
  bascule: 'Bascule',
  other: 'Autre',
};

/** The fields a change sets: a milestone as it stands from the change's day on. */
export type MilestoneFields = Pick<Milestone, 'kind' | 'label' | 'dueOn' | 'doneOn'>;

/** The fields a change sets, without who recorded it. */
export function fieldsOf(c: MilestoneFields): MilestoneFields {
  return { kind: c.kind, label: c.label, dueOn: c.dueOn, doneOn: c.doneOn };
}

/**
 * The changes in the order they take effect: what was known from the origin first, then by the
 * day they were decided, and changes decided on the same day in the order they were recorded.
 * A change recorded late but decided early takes its place by its day.
 */
export function changesInEffect(history: readonly MilestoneChange[]): MilestoneChange[] {
  // Array.prototype.sort is stable: same-day changes keep their recorded order.
  return [...history].sort((a, b) => (a.on ?? '').localeCompare(b.on ?? ''));
}

/**
 * The milestone as the calendar held it on `asOf`: the last change decided on or before that day
 * (origin changes count from the start). `null` when it was not known yet on that day. A
 * milestone without history is known from the origin as it is. Changes decided after `asOf` are
 * never applied, so that a past day's lateness stays what it was when later changes arrive.
 */
export function milestoneAsOf(m: Milestone, asOf: IsoDate): Milestone | null {
  const history = m.history ?? [];
  if (history.length === 0) return m;
  const known = changesInEffect(history).filter((c) => c.on === undefined || c.on <= asOf);
  const last = known[known.length - 1];
  return last === undefined ? null : { ...m, ...fieldsOf(last) };
}

/**
 * The wave's calendar as of `asOf`: its milestones known on that day, as they stood then, each
 * with its identity (see {@link milestoneId} for those recorded without one). Figures only: the
 * milestones' versions and histories are the records' (see {@link findMilestone}).
 */
export function calendarAsOf(wave: Wave, asOf: IsoDate): Milestone[] {
  return wave.milestones.flatMap((m, position) => {
    const then = milestoneAsOf(m, asOf);
    return then === null ? [] : [{ id: m.id ?? milestoneId(wave.id, position), ...fieldsOf(then) }];
  });
}

/** A milestone of the records, with its wave. */
export interface MilestoneOfWave {
  readonly waveId: WaveId;
  readonly milestone: Milestone;
}

/** The milestone of that id among the waves' records, with its wave; `undefined` when none. */
export function findMilestone(waves: readonly Wave[], id: string): MilestoneOfWave | undefined {
  for (const w of waves) {
    const milestone = w.milestones.find((m, position) => (m.id ?? milestoneId(w.id, position)) === id);
    if (milestone) return { waveId: w.id, milestone };
  }
  return undefined;
}

/** A milestone late as of a day, with its wave. */
export interface LateMilestone {
  readonly waveId: WaveId;
  readonly milestone: MilestoneStatus;
}

/**
 * Every milestone late as of `asOf` across the waves (due before that day and not done on or
 * before it; see {@link milestoneStatus}), wave by wave in the order given, then by due day.
 */
export function lateMilestones(waves: readonly Wave[], asOf: IsoDate): LateMilestone[] {
  return waves.flatMap((w) =>
    calendarAsOf(w, asOf)
      .map((m) => milestoneStatus(m, asOf))
      .filter((s) => s.state === 'late')
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map((milestone) => ({ waveId: w.id, milestone })),
  );
}

/** What a team records about a milestone: a new one (no `id`) or a change of one (its `id`). */
export interface MilestoneInput extends MilestoneFields {
  readonly id?: string | undefined;
  readonly waveId: WaveId;
  /** The day the change was decided: it counts in the calendar from that day on. */
  readonly on: IsoDate;
}

/** What a milestone input is checked against: the waves known, and today (in Paris). */
export interface MilestoneContext {
  readonly waves: ReadonlySet<WaveId>;
  readonly today: IsoDate;
}

/** The longest label accepted: a line of the committee's slides. */
export const MILESTONE_LABEL_MAX = 200;

/**
 * Validates a milestone recorded or changed: `waveId` a known wave, `kind` one of
 * {@link MILESTONE_KINDS}, `label` a non-empty text of at most {@link MILESTONE_LABEL_MAX}
 * characters, `dueOn` a day, `doneOn` a day or absent (not done yet), `on` the day the change was
 * decided, not after `today`. A milestone may be done before it is due (early); it cannot be done
 * after the day the change is decided (`doneOn` ≤ `on`), since the calendar as of `on` would then
 * know what had not happened yet. `id`, when given, is a non-empty text.
 */
export function validateMilestoneInput(
  input: unknown,
  context: MilestoneContext,
  field = 'milestone',
): Result<MilestoneInput> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const id = r.value('id') === undefined || r.value('id') === null ? undefined : r.text('id');
  const rawWave = r.value('waveId');
  const waveId = typeof rawWave === 'string' ? rawWave.trim().toUpperCase() : '';
  if (!context.waves.has(waveId))
    r.error(
      'waveId',
      'unknown_reference',
      `expected one of ${[...context.waves].join(', ')}, got ${describe(rawWave)}`,
    );
  const kind: MilestoneKind = r.oneOf('kind', MILESTONE_KINDS);
  const label = r.text('label');
  if (label.length > MILESTONE_LABEL_MAX)
    r.error(
      'label',
      'out_of_range',
      `expected at most ${MILESTONE_LABEL_MAX} characters, got ${label.length}`,
    );
  const dueOn = r.date('dueOn');
  const doneOn = r.optionalDate('doneOn');
  const on = r.date('on');
  if (on !== '' && on > context.today)
    r.error('on', 'out_of_range', `expected a day on or before today (${context.today}), got ${on}`);
  if (doneOn && on !== '' && doneOn > on)
    r.error(
      'doneOn',
      'inconsistent',
      `expected a day on or before the day the change is decided (${on}), got ${doneOn}`,
    );
  return fromErrors(r.errors, () => ({
    ...(id === undefined ? {} : { id }),
    waveId,
    kind,
    label,
    dueOn,
    doneOn,
    on,
  }));
}

/** Whether a change would leave the milestone as it is (its fields as of the change's day). */
export function sameFields(a: MilestoneFields, b: MilestoneFields): boolean {
  return a.kind === b.kind && a.label === b.label && a.dueOn === b.dueOn && a.doneOn === b.doneOn;
}
