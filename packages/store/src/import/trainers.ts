import { eachRow, findColumns, once } from './cells.js';
import type { TextTable } from './csv.js';
import { waveIdOf } from './deployment.js';
import type { ParsedFile } from './parsed.js';

/** A trainer as the file gives it: tracks and waves still as written, checked against the records when applied. */
export interface TrainerRow {
  readonly id: string;
  readonly name: string;
  readonly fromWave: string;
  /** The tracks they can lead, by id (AC, SG…) or label (Service gestion…). */
  readonly tracks: readonly string[];
  readonly unavailableWaves: readonly string[];
}

/** The columns of the trainers file, under their French names first; the export writes the same. */
export const TRAINER_COLUMNS = {
  id: { names: ['identifiant', 'id'], required: true },
  name: { names: ['nom', 'name'], required: true },
  fromWave: { names: ["vague d'origine", 'vague_origine', 'from_wave'], required: true },
  tracks: { names: ['parcours', 'tracks'], required: true },
  unavailable: { names: ['indisponibilités', 'indisponible', 'unavailable_waves'], required: false },
} as const;

/** A list in one cell: items separated by commas (or `|`), blanks ignored. */
export function listCell(value: string): string[] {
  return value
    .split(/[,|]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Reads the volunteer trainers, `identifiant;nom;vague d'origine;parcours;indisponibilités`: an id,
 * a name (invented or a role), the wave they come from (V2 or 2), the tracks they can lead
 * separated by commas (ids or labels), and the waves they are not available for (empty:
 * available for every later wave). An id twice or a bad wave is an error; tracks and waves are
 * checked against the records when the file is applied.
 */
export function parseTrainers(table: TextTable): ParsedFile<TrainerRow> {
  const { columns: c, errors } = findColumns(table, TRAINER_COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  const wave = (value: string, field: string, fail: (field: string, reason: string) => void) => {
    const id = waveIdOf(value);
    if (id === null) fail(field, `expected a wave such as V2 or 2, got ${JSON.stringify(value)}`);
    return id ?? '';
  };
  return eachRow(table, (cell, fail) => {
    const id = cell(c.id).trim();
    const name = cell(c.name).trim();
    if (id === '') fail('identifiant', 'expected the id of the trainer, got an empty cell');
    else once(seen, id, 'identifiant', fail);
    if (name === '') fail('nom', 'expected a name (invented, or a role), got an empty cell');
    const fromWave = wave(cell(c.fromWave), "vague d'origine", fail);
    const tracks = listCell(cell(c.tracks));
    if (tracks.length === 0)
      fail('parcours', 'expected at least one track, such as AC, SG (separated by commas)');
    const unavailableWaves = listCell(cell(c.unavailable)).map((w) => wave(w, 'indisponibilités', fail));
    return { id, name, fromWave, tracks, unavailableWaves };
  });
}
