import {
  type BudgetExecutoire,
  KIT_ACTORS,
  type KitAction,
  type KitActor,
  type KitEvent,
  parseUai,
  type Wave,
} from '@opale/domain';
import { eachRow, findColumns, headerKey, parseDay } from './cells.js';
import type { TextTable } from './csv.js';
import { waveIdOf } from './deployment.js';
import type { ParsedFile } from './parsed.js';

const parsed = <T>(table: TextTable, read: ReturnType<typeof eachRow<T>>): ParsedFile<T> => ({
  ...read,
  rows: table.rows.length,
});

/** The waves: `vague;bascule;eple_prevus` (planned count may be empty). */
export function parseWaves(table: TextTable): ParsedFile<Wave> {
  const { columns: c, errors } = findColumns(table, {
    wave: { names: ['vague', 'wave'], required: true },
    switchDate: { names: ['bascule', 'date_bascule', 'switch_date'], required: true },
    planned: { names: ['eple_prevus', 'prevus', 'planned'], required: false },
  });
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  return parsed(
    table,
    eachRow(table, (cell, fail) => {
      const id = waveIdOf(cell(c.wave));
      if (id === null) fail('vague', `expected a wave such as V6, got ${JSON.stringify(cell(c.wave))}`);
      const switchDate = parseDay(cell(c.switchDate));
      if (switchDate === null)
        fail('bascule', `expected a day YYYY-MM-DD or dd/mm/yyyy, got ${JSON.stringify(cell(c.switchDate))}`);
      const raw = cell(c.planned);
      const planned = raw === '' ? null : Number(raw);
      if (planned !== null && !(Number.isInteger(planned) && planned >= 0))
        fail('eple_prevus', `expected a whole number ≥ 0, got ${JSON.stringify(raw)}`);
      if (id === null || switchDate === null) return null;
      return { id, number: Number(id.slice(1)), switchDate, plannedCount: planned, milestones: [] };
    }),
  );
}

const ACTOR_NAMES: Record<string, KitActor> = {
  chefdetablissement: 'chef-etablissement',
  chefetablissement: 'chef-etablissement',
  agentcomptable: 'agent-comptable',
  fondedepouvoir: 'fonde-de-pouvoir',
  adsi: 'adsi',
};

/** The kit's actions: `id;acteur;libelle`, actors in French or as the domain names them. */
export function parseKitActions(table: TextTable): ParsedFile<KitAction> {
  const { columns: c, errors } = findColumns(table, {
    id: { names: ['id', 'identifiant', 'action'], required: true },
    actor: { names: ['acteur', 'actor'], required: true },
    label: { names: ['libelle', 'label', 'intitule'], required: true },
  });
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  return parsed(
    table,
    eachRow(table, (cell, fail) => {
      const id = cell(c.id);
      if (id === '') fail('id', 'expected the identifier of the action');
      const actor = ACTOR_NAMES[headerKey(cell(c.actor))] ?? KIT_ACTORS.find((a) => a === cell(c.actor));
      if (!actor)
        fail(
          'acteur',
          `expected Chef d'établissement, Agent comptable, Fondé de pouvoir or ADSI, got ${JSON.stringify(cell(c.actor))}`,
        );
      const label = cell(c.label);
      if (label === '') fail('libelle', 'expected the label of the action');
      return actor && id && label ? { id, actor, label } : null;
    }),
  );
}

/** Which columns of a kit progress file hold what (defaults: uai, action, date_finalisation, statut). */
export interface KitProgressMapping {
  readonly uai?: string;
  readonly action?: string;
  readonly date?: string;
  readonly status?: string;
}

const FINALIZED = new Set(['finalisee', 'finalise', 'finalized', 'oui', 'yes', '1', 'fait']);
const UNDONE = new Set(['annulee', 'annule', 'undone', 'non', 'no', '0', 'afaire']);

/**
 * Kit progress from the ministry's export: one row per EPLE and action with its day of
 * finalization; a status column may say the action was undone. A row not finalized and without
 * a day is skipped (nothing happened yet).
 */
export function parseKitProgress(table: TextTable, mapping: KitProgressMapping = {}): ParsedFile<KitEvent> {
  const { columns: c, errors } = findColumns(table, {
    uai: { names: [mapping.uai ?? 'uai'], required: true },
    action: { names: [mapping.action ?? 'action'], required: true },
    date: { names: [mapping.date ?? 'date_finalisation'], required: true },
    status: { names: [mapping.status ?? 'statut'], required: false },
  });
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  return parsed(
    table,
    eachRow(table, (cell, fail) => {
      const status = headerKey(cell(c.status));
      const kind =
        status === '' || FINALIZED.has(status) ? 'finalized' : UNDONE.has(status) ? 'undone' : null;
      if (kind === null)
        fail(c.status ?? 'statut', `expected finalisée or annulée, got ${JSON.stringify(cell(c.status))}`);
      const rawDay = cell(c.date);
      if (rawDay === '' && kind === 'undone') return null;
      const on = parseDay(rawDay);
      if (on === null)
        fail(
          c.date ?? 'date',
          `expected the day the action was finalized (YYYY-MM-DD or dd/mm/yyyy), got ${JSON.stringify(rawDay)}`,
        );
      const uai = parseUai(cell(c.uai), c.uai);
      if (!uai.ok) fail(c.uai ?? 'uai', uai.errors[0]?.message ?? 'expected a UAI');
      const actionId = cell(c.action);
      if (actionId === '') fail(c.action ?? 'action', 'expected the identifier of a kit action');
      return uai.ok && on && kind ? { uai: uai.value, actionId, kind, on } : null;
    }),
  );
}

/** Budgets exécutoires: `uai;exercice;date_executoire`. */
export function parseBudgets(table: TextTable): ParsedFile<BudgetExecutoire> {
  const { columns: c, errors } = findColumns(table, {
    uai: { names: ['uai'], required: true },
    exercise: { names: ['exercice', 'exercise', 'annee'], required: true },
    day: { names: ['date_executoire', 'executoire_le', 'date'], required: true },
  });
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  return parsed(
    table,
    eachRow(table, (cell, fail) => {
      const uai = parseUai(cell(c.uai), 'uai');
      if (!uai.ok) fail('uai', uai.errors[0]?.message ?? 'expected a UAI');
      const exercise = Number(cell(c.exercise));
      if (!Number.isInteger(exercise) || exercise < 2000 || exercise > 2100)
        fail('exercice', `expected a budget year such as 2024, got ${JSON.stringify(cell(c.exercise))}`);
      const on = parseDay(cell(c.day));
      if (on === null)
        fail(
          'date_executoire',
          `expected a day YYYY-MM-DD or dd/mm/yyyy, got ${JSON.stringify(cell(c.day))}`,
        );
      return uai.ok && on ? { uai: uai.value, exercise, executoireOn: on } : null;
    }),
  );
}
