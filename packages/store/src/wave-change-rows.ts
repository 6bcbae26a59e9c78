import type { WaveChange } from '@opale/domain';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, Recorded } from './schema.js';

// The plan's dated changes, to rows and back: one table for both kinds, the EPLE's `uai` or the
// wave's `wave_id` naming what changed, `from_value` and `to_value` its waves or days.

type Row = Selectable<Database['wave_changes']>;

/** The row of one change. */
export function waveChangeRow(c: WaveChange): Insertable<Database['wave_changes']> {
  return {
    kind: c.kind,
    uai: c.kind === 'eple-wave' ? c.uai : null,
    wave_id: c.kind === 'switch-date' ? c.waveId : null,
    from_value: c.from,
    to_value: c.to,
    on_date: c.on,
    recorded_by: c.recordedBy,
    recorded_at: c.recordedAt,
  };
}

/** A change as the domain reads it. */
export function toWaveChange(r: Row): WaveChange {
  const decided = { on: r.on_date, recordedBy: r.recorded_by, recordedAt: r.recorded_at };
  return r.kind === 'switch-date'
    ? { kind: 'switch-date', waveId: r.wave_id ?? '', from: r.from_value, to: r.to_value, ...decided }
    : { kind: 'eple-wave', uai: r.uai ?? '', from: r.from_value, to: r.to_value, ...decided };
}

/**
 * The plan's changes in the order recorded: every bascule change, and the moves of these EPLE
 * (of every EPLE when `uais` is null).
 */
export async function readWaveChanges(
  db: Kysely<Database>,
  uais: readonly string[] | null,
): Promise<WaveChange[]> {
  const rows = await db.selectFrom('wave_changes').selectAll().orderBy('id').execute();
  const inScope = uais === null ? null : new Set(uais);
  return rows
    .filter((r) => inScope === null || r.kind !== 'eple-wave' || inScope.has(r.uai ?? ''))
    .map(toWaveChange);
}

/** The UAI of the EPLE moved into or out of these waves: they belong to the waves on some day. */
export async function movedThrough(db: Kysely<Database>, waveIds: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('wave_changes')
    .select('uai')
    .where('kind', '=', 'eple-wave')
    .where((eb) => eb.or([eb('from_value', 'in', waveIds), eb('to_value', 'in', waveIds)]))
    .execute();
  return rows.flatMap((r) => (r.uai === null ? [] : [r.uai]));
}

/**
 * Sets the records' plan to where a change leaves it: the EPLE's wave, or the wave's bascule, with
 * a new version and who recorded it. The change itself is written beside it ({@link waveChangeRow}).
 */
export async function setPlan(
  db: Kysely<Database>,
  change: Pick<WaveChange, 'kind' | 'to'> & { readonly uai?: string; readonly waveId?: string },
  r: Recorded,
): Promise<void> {
  if (change.kind === 'eple-wave')
    await db
      .updateTable('eple')
      .set((eb) => ({ wave_id: change.to, version: eb('version', '+', 1), ...r }))
      .where('uai', '=', change.uai ?? '')
      .execute();
  else
    await db
      .updateTable('waves')
      .set((eb) => ({ switch_date: change.to, version: eb('version', '+', 1), ...r }))
      .where('id', '=', change.waveId ?? '')
      .execute();
}
