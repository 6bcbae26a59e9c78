import {
  RESTITUTION_SEVERITIES,
  RESTITUTION_SEVERITY_LABELS,
  type RestitutionAlert,
  type RestitutionSeverity,
  restitutionAlertId,
} from '@opale/domain';
import { dayCell, eachRow, findColumns, headerKey, once, uaiCell } from './cells.js';
import type { TextTable } from './csv.js';
import type { ParsedFile } from './parsed.js';

/** The columns of a restitutions file, under the names the errors use first. */
export const RESTITUTION_COLUMNS = {
  uai: { names: ['uai'], required: true },
  report: { names: ['restitution', 'report'], required: true },
  severity: { names: ['gravite', 'severity'], required: true },
  message: { names: ['message', 'alerte'], required: true },
  on: { names: ['relevee_le', 'raised_on', 'on'], required: true },
  clearedOn: { names: ['levee_le', 'cleared_on'], required: false },
} as const;

/** Where each field of the domain's alert is in the file, for the domain's errors. */
export const RESTITUTION_COLUMN_OF: Record<keyof RestitutionAlert, string> = {
  uai: 'uai',
  report: 'restitution',
  severity: 'gravite',
  message: 'message',
  on: 'relevee_le',
  clearedOn: 'levee_le',
};

// Each severity under its French label ("Critique") and its domain name (critical).
const SEVERITIES = new Map<string, RestitutionSeverity>(
  RESTITUTION_SEVERITIES.flatMap((s) => [
    [headerKey(RESTITUTION_SEVERITY_LABELS[s]), s],
    [headerKey(s), s],
  ]),
);

/**
 * Reads the alerts of the restitutions op@le, `uai;restitution;gravite;message;relevee_le;levee_le`:
 * the EPLE, the restitution that raised the alert, its severity (Avertissement or Critique), its
 * message, the day it was raised and, when it was, the day it was cleared (days ISO or dd/mm/yyyy).
 * A bad UAI, severity or day, or the same alert (EPLE, restitution, day raised) twice, is an error
 * on its column. The domain's validator checks the rest when the file is applied (texts, a
 * clearing on or after the day raised, a known EPLE), and the store the clearing against its own.
 */
export function parseRestitutions(table: TextTable): ParsedFile<RestitutionAlert> {
  const { columns: c, errors } = findColumns(table, RESTITUTION_COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length };
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const uai = uaiCell(cell(c.uai), 'uai', fail);
    const report = cell(c.report).trim();
    const severity = SEVERITIES.get(headerKey(cell(c.severity)));
    if (severity === undefined) {
      const labels = RESTITUTION_SEVERITIES.map((s) => RESTITUTION_SEVERITY_LABELS[s]).join(' or ');
      fail('gravite', `expected ${labels}, got ${JSON.stringify(cell(c.severity))}`);
    }
    const message = cell(c.message).trim();
    const on = dayCell(cell(c.on), 'relevee_le', fail);
    const rawCleared = cell(c.clearedOn).trim();
    const clearedOn = rawCleared === '' ? undefined : dayCell(rawCleared, 'levee_le', fail);
    if (uai === null || on === null || severity === undefined || clearedOn === null) return null;
    once(seen, restitutionAlertId({ uai, report, on }), 'restitution', fail);
    return { uai, report, severity, message, on, ...(clearedOn ? { clearedOn } : {}) };
  });
}
