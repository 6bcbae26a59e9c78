import { parseUai } from '@opale/domain';
import { eachRow, findColumns, parseDay } from './cells.js';
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
  uai: { names: ['uai', 'etablissement', 'rne'], required: true },
  name: { names: ['nom', 'nom_etablissement'], required: false },
  agence: { names: ['agence_comptable', 'agence', 'uai_agence', 'agence_comptable_uai'], required: true },
  wave: { names: ['vague', 'wave'], required: true },
  created: { names: ['creation_opale', 'date_creation', 'created_on'], required: false },
} as const;

/** "V6", "6", "vague 6", "Vague6" → "V6"; `null` otherwise. */
export function waveIdOf(value: string): string | null {
  const m = /^(?:v|vague)?\s*0*([1-9]\d*)$/i.exec(value.trim());
  return m ? `V${m[1]}` : null;
}

/**
 * Reads the académie's table EPLE → agence comptable → wave (from {@link readCsv} or
 * {@link readXlsx}); headers are matched without case or accents. A UAI twice is an error.
 */
export function parseDeployment(table: TextTable): ParsedFile<DeploymentRow> {
  const { columns: c, errors } = findColumns(table, COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  const read = eachRow(table, (cell, fail) => {
    const uai = parseUai(cell(c.uai), 'uai');
    if (!uai.ok) fail('uai', uai.errors[0]?.message ?? 'expected a UAI');
    else if (seen.has(uai.value)) fail('uai', `${uai.value} appears more than once in the file`);
    else seen.add(uai.value);
    const agence = parseUai(cell(c.agence), 'agence_comptable');
    if (!agence.ok) fail('agence_comptable', agence.errors[0]?.message ?? 'expected a UAI');
    const waveId = waveIdOf(cell(c.wave));
    if (waveId === null)
      fail('vague', `expected a wave such as V6 or 6, got ${JSON.stringify(cell(c.wave))}`);
    const rawDay = cell(c.created);
    const createdOn = rawDay === '' ? undefined : parseDay(rawDay);
    if (createdOn === null)
      fail('creation_opale', `expected a day YYYY-MM-DD or dd/mm/yyyy, got ${JSON.stringify(rawDay)}`);
    if (!uai.ok || !agence.ok || waveId === null || createdOn === null) return null;
    const name = cell(c.name);
    return {
      uai: uai.value,
      agenceUai: agence.value,
      waveId,
      ...(name ? { name } : {}),
      ...(createdOn ? { createdOn } : {}),
    };
  });
  return { ...read, rows: table.rows.length };
}
