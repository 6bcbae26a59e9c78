import {
  dayInParis,
  findMilestone,
  type Milestone,
  type MilestoneInput,
  validateMilestoneInput,
  type Wave,
} from '@opale/domain';
import { reasonOf } from './import/cells.js';
import { MILESTONE_COLUMN_OF, type MilestoneRow } from './import/milestones.js';
import type { RowError } from './import/parsed.js';
import { type Apply, tally } from './import-apply.js';
import { writeMilestoneChange } from './milestone-writes.js';
import { readWaves } from './read-dataset.js';

/**
 * The milestone a row changes: the one it names, else the one of its wave with the same type and
 * label (as it stands now), else none (a new milestone). A name of no milestone, or of one of
 * another wave, is the row's error.
 */
function target(waves: readonly Wave[], row: MilestoneInput): Milestone | string | undefined {
  if (row.id !== undefined) {
    const found = findMilestone(waves, row.id);
    if (!found)
      return `no milestone ${row.id}: expected the identifier of a milestone (e.g. V6-1), or none for a new one`;
    if (found.waveId !== row.waveId)
      return `milestone ${row.id} is of wave ${found.waveId}, not ${row.waveId}`;
    return found.milestone;
  }
  const wave = waves.find((w) => w.id === row.waveId);
  return wave?.milestones.find((m) => m.kind === row.kind && m.label === row.label);
}

/**
 * A wave calendar: each row adds a milestone or records a change of one, decided on its
 * `decide_le` day, or on the day of the import (in Paris) when the file gives none, so that a past
 * day's calendar never changes. Every row is checked first (the domain's `validateMilestoneInput`);
 * one bad row and nothing is written. A row that leaves the calendar as it was is unchanged.
 */
export const applyMilestones: Apply<MilestoneRow> = async (trx, records, lineOf, r) => {
  const today = dayInParis(new Date(r.recorded_at));
  let waves = await readWaves(trx);
  const context = { waves: new Set(waves.map((w) => w.id)), today };
  const errors: RowError[] = [];
  const inputs: MilestoneInput[] = [];
  records.forEach((row, i) => {
    const checked = validateMilestoneInput({ ...row, on: row.on ?? today }, context);
    if (!checked.ok) {
      for (const e of checked.errors) {
        const key = e.field.slice(e.field.lastIndexOf('.') + 1);
        errors.push({ line: lineOf(i), field: MILESTONE_COLUMN_OF[key] ?? key, reason: reasonOf(e) });
      }
      return;
    }
    const found = target(waves, checked.value);
    if (typeof found === 'string') errors.push({ line: lineOf(i), field: 'identifiant', reason: found });
    else inputs.push(checked.value);
  });
  if (errors.length > 0) return errors;
  const t = tally();
  for (const input of inputs) {
    const current = target(waves, input) as Milestone | undefined;
    const wave = waves.find((w) => w.id === input.waveId) as Wave;
    const written = await writeMilestoneChange(trx, wave, current, input, r);
    if (written === null) throw new Error(`milestone ${input.id} changed during the import`);
    t[written.outcome] += 1;
    // Later rows may name what this one added or changed.
    if (written.outcome !== 'unchanged') waves = await readWaves(trx);
  }
  return t;
};
