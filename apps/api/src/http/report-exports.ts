import { type Action, committeeReport, isScopedToOwnSchools } from '@opale/domain';
import { type ExportWhat, type RecordExport, recordTables, reportTables, type Table } from '@opale/store';
import type { Caller } from '../caller.js';
import { BadParam, readParams } from './query-params.js';

/** The report's tables a wave narrows (`wave=`): its own figures; the others are académie-wide. */
const WAVE_TABLES: ReadonlySet<ExportWhat> = new Set([
  'waves',
  'agences',
  'budgets',
  'kit',
  'training',
  'milestones',
]);

/**
 * The report's tables whose figures the GraphQL `waves` field gives every signed-in role (a
 * wave's counts, its kit and its calendar); the others are the académie's, as `committeeReport`.
 */
const OPEN_TABLES: ReadonlySet<ExportWhat> = new Set(['waves', 'kit', 'milestones']);

// The trainers' list names them: the roles that read the names only; the plan's changes and the
// difficulty rules are the académie's, as the report; resources: every role.
const RECORD_NEEDS: Record<RecordExport, Action | null> = {
  trainers: 'readTrainerNames',
  resources: null,
  'wave-changes': 'readReport',
  'difficulty-rules': 'readReport',
};

/** What the caller's role must be allowed to read a table of the report or a list of records; null: signed in. */
export function reportNeeds(what: { report: ExportWhat } | { record: RecordExport }): Action | null {
  if ('record' in what) return RECORD_NEEDS[what.record];
  return OPEN_TABLES.has(what.report) ? null : 'readReport';
}

/** The day of the tables and, for a table a wave narrows, the wave: the URL's parameters read. */
export function reportParams(what: { report: ExportWhat } | { record: RecordExport }, search: string) {
  const waved = 'report' in what && WAVE_TABLES.has(what.report);
  return readParams(search, waved ? { asOf: 'day', wave: 'text' } : { asOf: 'day' }) as {
    asOf?: string;
    wave?: string;
  };
}

/**
 * The tables of a report export (the day's figures, those of one wave when `wave` is given) or
 * of a list of records (as they stand; a school user gets the resources that serve schools);
 * throws {@link BadParam} for an unknown wave or a day the report cannot be computed on.
 */
export function reportExportTables(
  dataset: Parameters<typeof committeeReport>[0],
  caller: Caller,
  what: { report: ExportWhat } | { record: RecordExport },
  params: { asOf: string; wave?: string },
): Table[] {
  if ('record' in what) {
    const scoped = isScopedToOwnSchools(caller.role);
    const resources = dataset.resources.filter((x) => !scoped || x.audience.includes(caller.role));
    return recordTables({ ...dataset, resources }, what.record);
  }
  const { wave, asOf } = params;
  if (wave !== undefined && !dataset.waves.some((w) => w.id === wave)) {
    const known = dataset.waves.map((w) => w.id).join(', ');
    throw new BadParam(`wave: expected one of ${known}, got ${JSON.stringify(wave)}`);
  }
  const report = committeeReport(dataset, { asOf, ...(wave ? { waves: [wave] } : {}) });
  if (!report.ok) throw new BadParam(report.errors.map((e) => e.message).join('; '));
  return reportTables(report.value, what.report, dataset);
}
