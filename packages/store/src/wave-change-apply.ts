import {
  dayInParis,
  validateWaveChange,
  type WaveChange,
  waveChangeChainErrors,
  waveChangesInEffect,
} from '@opale/domain';
import { reasonOf } from './import/cells.js';
import type { RowError } from './import/parsed.js';
import type { WaveChangeRow } from './import/wave-changes.js';
import type { Apply } from './import-apply.js';
import { readDataset } from './read-dataset.js';
import { setPlan, waveChangeRow } from './wave-change-rows.js';

const COLUMN_OF: Readonly<Record<string, string>> = {
  uai: 'uai',
  waveId: 'vague',
  from: 'de',
  to: 'vers',
  on: 'decide_le',
};

/**
 * The plan's changes decided outside opale: each row moves an EPLE to another wave or a bascule to
 * another day, decided on its `decide_le` day (the day of the import, in Paris, when the file gives
 * none). The changes of an EPLE or a wave follow on from its plan as the records hold it: each
 * starts where the one before left it, decided no earlier than its latest change, so that every
 * past day's plan stays the one it was. One bad row and nothing is written.
 */
export const applyWaveChanges: Apply<WaveChangeRow> = async (trx, records, lineOf, r) => {
  const today = dayInParis(new Date(r.recorded_at));
  const dataset = await readDataset(trx);
  const context = {
    waves: new Set(dataset.waves.map((w) => w.id)),
    eple: new Set(dataset.eple.map((e) => e.uai)),
    today,
  };
  const errors: RowError[] = [];
  const fail = (i: number, field: string, reason: string) => errors.push({ line: lineOf(i), field, reason });
  const decided = { recordedBy: r.recorded_by, recordedAt: r.recorded_at };
  const latest = new Map<string, string>();
  for (const c of dataset.waveChanges ?? []) {
    const key = c.kind === 'eple-wave' ? c.uai : c.waveId;
    if ((latest.get(key) ?? '') < c.on) latest.set(key, c.on);
  }
  const changes: WaveChange[] = [];
  records.forEach((row, i) => {
    const kind = 'uai' in row ? 'eple-wave' : 'switch-date';
    const checked = validateWaveChange({ kind, ...row, on: row.on ?? today, ...decided }, context);
    if (!checked.ok) {
      for (const e of checked.errors) {
        const key = e.field.slice(e.field.lastIndexOf('.') + 1);
        fail(i, COLUMN_OF[key] ?? key, reasonOf(e));
      }
      return;
    }
    const c = checked.value;
    const before = latest.get(c.kind === 'eple-wave' ? c.uai : c.waveId);
    if (before !== undefined && c.on < before)
      fail(i, 'decide_le', `expected a day on or after ${before}, the day of the latest change recorded`);
    changes.push(c);
  });
  if (errors.length > 0) return errors;
  // The plan once every change of the file is applied, checked as a whole against its changes.
  const last = new Map<string, string>();
  for (const c of waveChangesInEffect(changes))
    last.set(c.kind === 'eple-wave' ? `e:${c.uai}` : `w:${c.waveId}`, c.to);
  const existing = dataset.waveChanges?.length ?? 0;
  const plan = {
    eple: dataset.eple.map((e) => ({ ...e, waveId: last.get(`e:${e.uai}`) ?? e.waveId })),
    waves: dataset.waves.map((w) => ({ ...w, switchDate: last.get(`w:${w.id}`) ?? w.switchDate })),
    waveChanges: [...(dataset.waveChanges ?? []), ...changes],
  };
  for (const e of waveChangeChainErrors(plan)) {
    const index = Number(/\[(\d+)\]/.exec(e.field)?.[1] ?? 0) - existing;
    const field = e.field.slice(e.field.lastIndexOf('.') + 1);
    fail(Math.max(0, index), COLUMN_OF[field] ?? field, reasonOf(e));
  }
  if (errors.length > 0) return errors;
  const recorded = { recorded_by: r.recorded_by, recorded_at: r.recorded_at };
  for (const c of changes) await trx.insertInto('wave_changes').values(waveChangeRow(c)).execute();
  for (const [key, to] of last) {
    const id = key.slice(2);
    await setPlan(
      trx,
      key.startsWith('e:') ? { kind: 'eple-wave', uai: id, to } : { kind: 'switch-date', waveId: id, to },
      recorded,
    );
  }
  return { inserted: changes.length, updated: 0, unchanged: 0 };
};
