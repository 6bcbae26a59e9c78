import { dayCell, eachRow, findColumns, uaiCell } from './cells.js';
import type { TextTable } from './csv.js';
import { waveIdOf } from './deployment.js';
import type { ParsedFile } from './parsed.js';

// The plan's changes decided outside opale: one row an EPLE moved, or a wave's bascule moved.

/** The columns of a file of changes, each under its names (the export writes the first). */
export const WAVE_CHANGE_COLUMNS = {
  uai: { names: ['uai'], required: false },
  wave: { names: ['vague', 'wave'], required: false },
  from: { names: ['de', 'from'], required: true },
  to: { names: ['vers', 'to'], required: true },
  on: { names: ['decide_le', 'on'], required: false },
} as const;

/** One row of a file of changes: `uai` for a move between waves, `waveId` for a bascule moved. */
export type WaveChangeRow =
  | { readonly uai: string; readonly from: string; readonly to: string; readonly on?: string }
  | { readonly waveId: string; readonly from: string; readonly to: string; readonly on?: string };

/**
 * Reads the plan's changes, `uai;vague;de;vers;decide_le`: a row with a UAI moves that EPLE from
 * wave `de` to wave `vers` (V6 or 6); a row with a wave and no UAI moves that wave's bascule from
 * day `de` to day `vers` (ISO or dd/mm/yyyy); `decide_le` is the day the change was decided
 * (empty: the day of the import). The waves, the EPLE and the order of the changes are checked
 * against the records when the file is applied.
 */
export function parseWaveChanges(table: TextTable): ParsedFile<WaveChangeRow> & { readonly lines: number[] } {
  const { columns: c, errors } = findColumns(table, WAVE_CHANGE_COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length, lines: [] };
  return eachRow(table, (cell, fail): WaveChangeRow | null => {
    const decided = cell(c.on).trim();
    const on = decided === '' ? undefined : (dayCell(decided, 'decide_le', fail) ?? undefined);
    const when = on === undefined ? {} : { on };
    if (cell(c.uai).trim() !== '') {
      const uai = uaiCell(cell(c.uai).trim(), 'uai', fail);
      const wave = (column: string | undefined, field: string) => {
        const id = waveIdOf(cell(column));
        if (id === null) fail(field, `expected a wave such as V6 or 6, got ${JSON.stringify(cell(column))}`);
        return id;
      };
      const from = wave(c.from, 'de');
      const to = wave(c.to, 'vers');
      return uai === null || from === null || to === null ? null : { uai, from, to, ...when };
    }
    const waveId = waveIdOf(cell(c.wave));
    if (waveId === null)
      fail('vague', `expected a UAI (an EPLE moved) or a wave such as V6 (its bascule moved), got neither`);
    const from = dayCell(cell(c.from).trim(), 'de', fail);
    const to = dayCell(cell(c.to).trim(), 'vers', fail);
    return waveId === null || from === null || to === null ? null : { waveId, from, to, ...when };
  });
}
