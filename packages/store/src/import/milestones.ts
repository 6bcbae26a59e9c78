import { MILESTONE_KIND_LABELS, MILESTONE_KINDS, type MilestoneKind } from '@opale/domain';
import { dayCell, eachRow, findColumns, headerKey } from './cells.js';
import type { TextTable } from './csv.js';
import { waveIdOf } from './deployment.js';
import type { ParsedFile } from './parsed.js';

// The académie's wave calendars: one row a milestone added or changed.

const COLUMNS = {
  wave: { names: ['vague', 'wave'], required: true },
  kind: { names: ['type', 'kind'], required: true },
  label: { names: ['libelle', 'jalon', 'label'], required: true },
  dueOn: { names: ['echeance', 'prevu_le', 'due_on'], required: true },
  doneOn: { names: ['realise_le', 'fait_le', 'done_on'], required: false },
  on: { names: ['decide_le', 'on'], required: false },
  id: { names: ['identifiant', 'id'], required: false },
} as const;

/** The file's column of each field of a milestone, for the errors of the domain's checks. */
export const MILESTONE_COLUMN_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COLUMNS).map(([key, spec]) => [key === 'wave' ? 'waveId' : key, spec.names[0]]),
);

// Each kind under its French name ("Relance") and its domain name (reminder).
const KINDS = new Map<string, MilestoneKind>(
  MILESTONE_KINDS.flatMap((k) => [
    [headerKey(MILESTONE_KIND_LABELS[k]), k],
    [headerKey(k), k],
  ]),
);

/** One row of a calendar file: a milestone as it stands from the day the change was decided. */
export interface MilestoneRow {
  /** The milestone changed; absent, the milestone of the same wave, type and label, or a new one. */
  readonly id?: string;
  readonly waveId: string;
  readonly kind: MilestoneKind;
  readonly label: string;
  readonly dueOn: string;
  readonly doneOn?: string;
  /** The day the change was decided; absent, the day of the import. */
  readonly on?: string;
}

/**
 * Reads a wave calendar, `vague;type;libelle;echeance;realise_le;decide_le;identifiant`: the wave
 * (V6 or 6), the kind of milestone (its French name, "Relance", or its code, `reminder`), the
 * label, the due day and the day it was done (ISO or dd/mm/yyyy; empty: not done), the day the
 * change was decided (empty: the day of the import) and the milestone's identifier (`V6-2`; empty:
 * the milestone of that wave, type and label, or a new one). The wave, the days' order and the
 * identifier are checked against the records when the file is applied.
 */
export function parseMilestones(table: TextTable): ParsedFile<MilestoneRow> & { readonly lines: number[] } {
  const { columns: c, errors } = findColumns(table, COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length, lines: [] };
  return eachRow(table, (cell, fail) => {
    const waveId = waveIdOf(cell(c.wave));
    if (waveId === null)
      fail('vague', `expected a wave such as V6 or 6, got ${JSON.stringify(cell(c.wave))}`);
    const kind = KINDS.get(headerKey(cell(c.kind)));
    if (kind === undefined)
      fail(
        'type',
        `expected one of ${MILESTONE_KINDS.map((k) => MILESTONE_KIND_LABELS[k]).join(', ')} (or ${MILESTONE_KINDS.join(', ')}), got ${JSON.stringify(cell(c.kind))}`,
      );
    const label = cell(c.label).trim();
    if (label === '') fail('libelle', 'expected the label of the milestone');
    const dueOn = dayCell(cell(c.dueOn), 'echeance', fail);
    const optionalDay = (value: string, field: string) =>
      value.trim() === '' ? undefined : (dayCell(value, field, fail) ?? undefined);
    const doneOn = optionalDay(cell(c.doneOn), 'realise_le');
    const on = optionalDay(cell(c.on), 'decide_le');
    const id = cell(c.id).trim();
    if (waveId === null || kind === undefined || label === '' || dueOn === null) return null;
    return {
      ...(id === '' ? {} : { id }),
      waveId,
      kind,
      label,
      dueOn,
      ...(doneOn === undefined ? {} : { doneOn }),
      ...(on === undefined ? {} : { on }),
    };
  });
}
