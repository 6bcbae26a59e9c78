import { dayCell, eachRow, findColumns, once, uaiCell } from './cells.js';
import type { TextTable } from './csv.js';
import type { ParsedFile } from './parsed.js';

/** One row of the académie's table: an EPLE, its agence comptable, its wave. */
export interface DeploymentRow {
  readonly uai: string;
  readonly name?: string;
  readonly agenceUai: string;
  readonly waveId: string;
  readonly createdOn?: string;
}

const COLUMNS = {
  uai: { names: ['uai', 'uai_etablissement', 'code_uai', 'rne'], required: true },
  name: { names: ['nom', 'nom_etablissement', 'etablissement'], required: false },
  agence: {
    names: ['agence_comptable', 'uai_agence_comptable', 'agence', 'uai_agence', 'siege'],
    required: true,
  },
  wave: { names: ['vague', 'wave'], required: true },
  created: {
    names: ['creation_opale', 'date_creation_opale', 'date_creation', 'created_on'],
    required: false,
  },
} as const;

/** "V6", "6", "vague 6", "Vague6", "V06" → "V6"; `null` when it names no wave. */
export function waveIdOf(value: string): string | null {
  const m = /^(?:v|vague)?\s*0*([1-9]\d*)$/i.exec(value.trim());
  return m ? `V${m[1]}` : null;
}

/**
 * Reads the académie's table EPLE → agence comptable → wave, from {@link readCsv} or
 * {@link readXlsx}. Headers are matched without case, accents or punctuation, under French
 * aliases ("Agence comptable", "Création op@le"). A bad UAI, wave or day, or a UAI twice, is an error.
 */
export function parseDeployment(table: TextTable): ParsedFile<DeploymentRow> {
  const { columns: c, errors } = findColumns(table, COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const uai = uaiCell(cell(c.uai), 'uai', fail);
    if (uai !== null) once(seen, uai, 'uai', fail);
    const agenceUai = uaiCell(cell(c.agence), 'agence_comptable', fail);
    const waveId = waveIdOf(cell(c.wave));
    if (waveId === null)
      fail('vague', `expected a wave such as V6, 6 or "vague 6", got ${JSON.stringify(cell(c.wave))}`);
    const rawDay = cell(c.created);
    const createdOn = rawDay === '' ? undefined : dayCell(rawDay, 'creation_opale', fail);
    if (uai === null || agenceUai === null || waveId === null || createdOn === null) return null;
    const name = cell(c.name);
    return {
      uai,
      agenceUai,
      waveId,
      ...(name === '' ? {} : { name }),
      ...(createdOn === undefined ? {} : { createdOn }),
    };
  });
}
