import { DIFFICULTY_SIGNALS, validateDifficultyConfig } from '@opale/domain';
import type { DifficultyRuleInput } from '../difficulty-settings-write.js';
import { type ColumnSpec, dayCell, eachRow, failDomain, findColumns, numberOrText, once } from './cells.js';
import type { TextTable } from './csv.js';
import type { ParsedFile } from './parsed.js';

/** The thresholds' columns: the file's French name first (errors and exports use it), then the rule's key. */
export const COUNT_COLUMNS = {
  scoreThreshold: ['seuil_score', 'scoreThreshold'],
  openTicketsThreshold: ['seuil_demandes', 'openTicketsThreshold'],
  staleTicketsThreshold: ['seuil_demandes_anciennes', 'staleTicketsThreshold'],
  staleAfterDays: ['jours_anciennete', 'staleAfterDays'],
  restitutionAlertsThreshold: ['seuil_alertes', 'restitutionAlertsThreshold'],
  budgetGraceDays: ['delai_budget', 'budgetGraceDays'],
  leadDays: ['jours_avant_bascule', 'leadDays'],
  followDays: ['jours_apres_bascule', 'followDays'],
} as const;

const optional = (names: readonly string[]): ColumnSpec => ({ names, required: false });
const COLUMNS = {
  effectiveOn: { names: ['en_vigueur_le', 'effective_on', 'effectiveOn'], required: true },
  reason: optional(['motif', 'reason']),
  ...Object.fromEntries(Object.entries(COUNT_COLUMNS).map(([key, names]) => [key, optional(names)])),
  ...Object.fromEntries(DIFFICULTY_SIGNALS.map((s) => [s, optional([s])])),
} as Record<string, ColumnSpec>;

/** The file's column of each field the domain names (`scoreThreshold` → `seuil_score`). */
const COLUMN_OF: Record<string, string> = Object.fromEntries(
  Object.entries(COLUMNS).map(([key, spec]) => [key, spec.names[0] as string]),
);

/** The file's column of a field the domain or the store names (`rule.scoreThreshold` → `seuil_score`). */
export function columnOfField(field: string): string {
  const key = field.slice(field.lastIndexOf('.') + 1);
  return COLUMN_OF[key] ?? key;
}

/**
 * Reads a history of difficulty rules, one rule a line: `en_vigueur_le` (ISO or dd/mm/yyyy), any
 * of the thresholds (`seuil_score`, `seuil_demandes`, …, or the rule's own keys) and weights (a
 * column per signal: `kit-below-10`, …), and `motif`. An empty cell keeps the value of the rule in
 * force that day; a bad number, or the same day twice, is an error naming its line and column.
 * Whether the day is today or later is the store's check, when the file is imported.
 */
export function parseDifficultySettings(table: TextTable): ParsedFile<DifficultyRuleInput> {
  const { columns: c, errors } = findColumns(table, COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const effectiveOn = dayCell(cell(c.effectiveOn), COLUMN_OF.effectiveOn as string, fail);
    if (effectiveOn !== null) once(seen, effectiveOn, COLUMN_OF.effectiveOn as string, fail);
    const rule: Record<string, unknown> = {};
    for (const key of Object.keys(COUNT_COLUMNS)) {
      const text = cell(c[key]).trim();
      if (text !== '') rule[key] = numberOrText(text);
    }
    const weights: Record<string, unknown> = {};
    for (const signal of DIFFICULTY_SIGNALS) {
      const text = cell(c[signal]).trim();
      if (text !== '') weights[signal] = numberOrText(text);
    }
    if (Object.keys(weights).length > 0) rule.weights = weights;
    // The numbers are checked here, so that each bad cell is named with its line and column.
    const checked = validateDifficultyConfig(rule, 'rule');
    if (!checked.ok) failDomain(checked.errors, COLUMN_OF, fail);
    const reason = cell(c.reason).trim();
    return effectiveOn === null ? null : { effectiveOn, rule, ...(reason ? { reason } : {}) };
  });
}
