import {
  domainError,
  fail,
  fieldsOf,
  findMilestone,
  type Milestone,
  type MilestoneInput,
  type MilestoneOfWave,
  milestoneAsOf,
  milestoneId,
  ok,
  type Result,
  sameFields,
  validateMilestoneInput,
  type Wave,
} from '@opale/domain';
import type { Kysely } from 'kysely';
import { type Actor, audit } from './audit.js';
import { conflict } from './conflict.js';
import { latestFields, milestoneEventRow, milestoneRow, toMilestone } from './milestone-rows.js';
import { readWaves } from './read-dataset.js';
import type { Database, Recorded } from './schema.js';

/** A milestone as stored after a write: its wave, identity, version, latest fields and history. */
export type StoredMilestone = MilestoneOfWave;

/** What recording a change did: a new milestone, a change of one, or nothing (already so). */
export type MilestoneOutcome = 'inserted' | 'updated' | 'unchanged';

/**
 * Writes a valid change inside the caller's transaction: a new milestone at the end of its wave's
 * calendar when `current` is undefined, otherwise one more change of `current` (its row takes
 * the latest fields and the next version, checked against `current.version` in the update
 * itself). A change that leaves the calendar as it was on its day (and so on every day) writes
 * nothing. Answers the outcome and the milestone's id; `null` when another writer came first.
 */
export async function writeMilestoneChange(
  trx: Kysely<Database>,
  wave: Wave,
  current: Milestone | undefined,
  input: MilestoneInput,
  r: Recorded,
): Promise<{ outcome: MilestoneOutcome; id: string } | null> {
  const fields = fieldsOf(input);
  if (current === undefined) {
    const position = wave.milestones.length;
    const id = milestoneId(wave.id, position);
    await trx
      .insertInto('milestones')
      .values(milestoneRow(wave.id, position, id, fields))
      .execute();
    await trx
      .insertInto('milestone_events')
      .values(milestoneEventRow(id, input.on, fields, r))
      .execute();
    return { outcome: 'inserted', id };
  }
  const id = current.id as string;
  const then = milestoneAsOf(current, input.on);
  if (then !== null && sameFields(then, fields)) return { outcome: 'unchanged', id };
  const change = { on: input.on, ...fields, recordedBy: r.recorded_by, recordedAt: r.recorded_at };
  const latest = latestFields([...(current.history ?? []), change]) ?? fields;
  const version = current.version ?? 1;
  const updated = await trx
    .updateTable('milestones')
    .set({
      kind: latest.kind,
      label: latest.label,
      due_on: latest.dueOn,
      done_on: latest.doneOn ?? null,
      version: version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return null;
  await trx
    .insertInto('milestone_events')
    .values(milestoneEventRow(id, input.on, fields, r))
    .execute();
  return { outcome: 'updated', id };
}

/** The milestone of that id as stored, read in the caller's transaction. */
async function readMilestone(trx: Kysely<Database>, id: string): Promise<StoredMilestone> {
  const row = await trx.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = await trx
    .selectFrom('milestone_events')
    .selectAll()
    .where('milestone_id', '=', id)
    .orderBy('id')
    .execute();
  return { waveId: row.wave_id, milestone: toMilestone(row, events) };
}

/**
 * Records a milestone added (no `id`) or changed (its `id`, based on `version`), decided on the
 * input's `on` day, not after `today`: validated with the domain's `validateMilestoneInput`, then
 * written with who and when, and audited. A stale version answers a `conflict` naming the current
 * one; nothing is half-written. The answer is the milestone as it stands after the write.
 */
export async function recordMilestone(
  trx: Kysely<Database>,
  input: unknown,
  version: number | undefined,
  actor: Actor,
  r: Recorded,
  today: string,
): Promise<Result<StoredMilestone>> {
  const waves = await readWaves(trx);
  const checked = validateMilestoneInput(input, { waves: new Set(waves.map((w) => w.id)), today });
  if (!checked.ok) return checked;
  const change = checked.value;
  const wave = waves.find((w) => w.id === change.waveId) as Wave;
  let current: Milestone | undefined;
  if (change.id !== undefined) {
    const found = findMilestone(waves, change.id);
    if (!found)
      return fail(domainError('milestone.id', 'not_found', `milestone.id: no milestone ${change.id}`));
    if (found.waveId !== change.waveId)
      return fail(
        domainError(
          'milestone.waveId',
          'inconsistent',
          `milestone.waveId: expected ${found.waveId}, the wave of milestone ${change.id}, got ${change.waveId}`,
        ),
      );
    if (version === undefined)
      return fail(
        domainError(
          'version',
          'required',
          `version: expected the version of milestone ${change.id} the change is based on`,
        ),
      );
    if (found.milestone.version !== version)
      return conflict(`milestone ${change.id}`, found.milestone.version, version);
    current = found.milestone;
  }
  const written = await writeMilestoneChange(trx, wave, current, change, r);
  if (written === null) return conflict(`milestone ${change.id}`, undefined, version);
  if (written.outcome !== 'unchanged') {
    const action = written.outcome === 'inserted' ? 'milestone-add' : 'milestone-change';
    await audit(trx, r.recorded_at, actor, action, 'milestone', written.id, change);
  }
  return ok(await readMilestone(trx, written.id));
}
