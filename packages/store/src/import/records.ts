import {
  type BudgetExecutoire,
  KIT_ACTOR_LABELS,
  KIT_ACTORS,
  type KitAction,
  type KitActor,
  type KitEvent,
  validateKitAction,
  validateWave,
  type Wave,
} from '@opale/domain';
import {
  dayCell,
  eachRow,
  failDomain,
  findColumns,
  headerKey,
  numberOrText,
  once,
  uaiCell,
} from './cells.js';
import type { TextTable } from './csv.js';
import { waveIdOf } from './deployment.js';
import type { ParsedFile } from './parsed.js';

// The académie's smaller files: waves, the kit (actions and progress) and budgets exécutoires.

const WAVE_COLUMNS = {
  wave: { names: ['vague', 'wave'], required: true },
  switchDate: { names: ['bascule', 'date_bascule', 'switch_date'], required: true },
  planned: { names: ['eple_prevus', 'nombre_eple_prevus', 'prevus', 'planned'], required: false },
} as const;

const WAVE_COLUMN_OF = { id: 'vague', number: 'vague', switchDate: 'bascule', plannedCount: 'eple_prevus' };

/**
 * Reads the académie's waves, `vague;bascule;eple_prevus`: a wave such as V6 (or 6), the day of
 * its bascule (ISO or dd/mm/yyyy), the EPLE planned (empty: none given, `null`). The domain's
 * {@link validateWave} has the last word; milestones are not in this file and come back empty.
 * A wave twice is an error.
 */
export function parseWaves(table: TextTable): ParsedFile<Wave> {
  const { columns: c, errors } = findColumns(table, WAVE_COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const id = waveIdOf(cell(c.wave));
    if (id === null) fail('vague', `expected a wave such as V6 or 6, got ${JSON.stringify(cell(c.wave))}`);
    else once(seen, id, 'vague', fail);
    const switchDate = dayCell(cell(c.switchDate), 'bascule', fail);
    const planned = cell(c.planned);
    // Stand-ins for cells already reported let the domain check the others; the row is dropped.
    const wave = validateWave({
      id: id ?? 'V1',
      switchDate: switchDate ?? '2000-01-01',
      plannedCount: planned === '' ? null : numberOrText(planned),
    });
    if (!wave.ok) failDomain(wave.errors, WAVE_COLUMN_OF, fail);
    return wave.ok ? wave.value : null;
  });
}

// Each actor under its French label ("Chef d'établissement") and its domain name (chef-etablissement).
const ACTORS = new Map<string, KitActor>(
  KIT_ACTORS.flatMap((a) => [
    [headerKey(KIT_ACTOR_LABELS[a]), a],
    [headerKey(a), a],
  ]),
);

/**
 * Reads the kit's actions, `id;acteur;libelle`: the actor in French as staff name it (Chef
 * d'établissement, Agent comptable, Fondé de pouvoir, ADSI) or as the domain does. Checked by the
 * domain's {@link validateKitAction}; an id twice is an error.
 */
export function parseKitActions(table: TextTable): ParsedFile<KitAction> {
  const { columns: c, errors } = findColumns(table, {
    id: { names: ['id', 'identifiant', 'code'], required: true },
    actor: { names: ['acteur', 'actor'], required: true },
    label: { names: ['libelle', 'label', 'intitule', 'action'], required: true },
  });
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const actor = ACTORS.get(headerKey(cell(c.actor)));
    if (actor === undefined) {
      const labels = KIT_ACTORS.map((a) => KIT_ACTOR_LABELS[a]).join(', ');
      fail('acteur', `expected one of ${labels}, got ${JSON.stringify(cell(c.actor))}`);
    }
    if (cell(c.id) !== '') once(seen, cell(c.id), 'id', fail);
    // An unknown actor is reported above; a stand-in lets the domain check the other cells.
    const action = validateKitAction({ id: cell(c.id), actor: actor ?? KIT_ACTORS[0], label: cell(c.label) });
    if (!action.ok) failDomain(action.errors, { id: 'id', actor: 'acteur', label: 'libelle' }, fail);
    return action.ok ? action.value : null;
  });
}

/** Which columns of a kit progress file hold what; each defaults to the kit export's own name. */
export interface KitProgressMapping {
  /** Default `uai`. */
  readonly uai?: string;
  /** Default `action`: the id of the kit's action. */
  readonly action?: string;
  /** Default `date_finalisation`. */
  readonly date?: string;
  /** Default `statut`; without it every dated row is a finalization. */
  readonly status?: string;
}

const FINALIZED = new Set(['finalisee', 'finalise', 'finalized', 'oui', 'yes', '1']);
const UNDONE = new Set(['annulee', 'annule', 'undone', 'non', 'no', '0']);

/**
 * Reads kit progress (from {@link readCsv} or {@link readXlsx}): one row per EPLE, action and
 * day. The status says finalized ("finalisée", "oui", "1") or undone ("annulée", "non", "0"); an
 * empty status means finalized when the row has a day. A row with no day that is not said
 * finalized is skipped: nothing happened yet. A finalized row without a day, an unknown status
 * on a dated row, a bad UAI or day are errors, each on the file's column. Whether the EPLE and
 * the action exist is the store's check.
 */
export function parseKitProgress(table: TextTable, mapping: KitProgressMapping = {}): ParsedFile<KitEvent> {
  const name = {
    uai: mapping.uai ?? 'uai',
    action: mapping.action ?? 'action',
    date: mapping.date ?? 'date_finalisation',
    status: mapping.status ?? 'statut',
  };
  const { columns: c, errors } = findColumns(table, {
    uai: { names: [name.uai], required: true },
    action: { names: [name.action], required: true },
    date: { names: [name.date], required: true },
    status: { names: [name.status], required: mapping.status !== undefined },
  });
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  return eachRow(table, (cell, fail) => {
    const status = headerKey(cell(c.status));
    const rawDay = cell(c.date);
    const kind = FINALIZED.has(status) ? 'finalized' : UNDONE.has(status) ? 'undone' : null;
    if (rawDay === '') {
      if (kind === 'finalized') fail(name.date, 'expected the day the action was finalized');
      return null;
    }
    if (kind === null && status !== '')
      fail(
        name.status,
        `expected finalisée, annulée, oui, non, 1 or 0, got ${JSON.stringify(cell(c.status))}`,
      );
    const on = dayCell(rawDay, name.date, fail);
    const uai = uaiCell(cell(c.uai), name.uai, fail);
    const actionId = cell(c.action);
    if (actionId === '') fail(name.action, 'expected the identifier of an action of the kit');
    return uai === null || on === null ? null : { uai, actionId, kind: kind ?? 'finalized', on };
  });
}

/**
 * Reads the days budgets became exécutoire, `uai;exercice;date_executoire` (ISO or dd/mm/yyyy).
 * A bad UAI, a budget year outside 2000–2100, a bad day, or the same EPLE and year twice is an
 * error. Whether the EPLE exists, and was created in op@le by then, is the store's check.
 */
export function parseBudgets(table: TextTable): ParsedFile<BudgetExecutoire> {
  const { columns: c, errors } = findColumns(table, {
    uai: { names: ['uai'], required: true },
    exercise: { names: ['exercice', 'exercise', 'annee'], required: true },
    day: { names: ['date_executoire', 'executoire_le', 'executoire'], required: true },
  });
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const uai = uaiCell(cell(c.uai), 'uai', fail);
    const raw = cell(c.exercise);
    // The domain's own bounds for a budget year (validateBudgetExecutoire needs the EPLE to run).
    const exercise = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(exercise >= 2000 && exercise <= 2100))
      fail('exercice', `expected a budget year from 2000 to 2100, got ${JSON.stringify(raw)}`);
    else if (uai !== null) once(seen, `${uai} (exercice ${exercise})`, 'exercice', fail);
    const executoireOn = dayCell(cell(c.day), 'date_executoire', fail);
    return uai === null || executoireOn === null ? null : { uai, exercise, executoireOn };
  });
}
