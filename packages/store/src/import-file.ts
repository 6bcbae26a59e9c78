import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { parseAnnuaire } from './import/annuaire.js';
import { readCsv, type TextTable } from './import/csv.js';
import { parseDeployment } from './import/deployment.js';
import { parseDifficultySettings } from './import/difficulty-settings.js';
import { fileBytes, refuseLargeFile } from './import/file-bytes.js';
import { parseItopCsv } from './import/itop-csv.js';
import { DEFAULT_IMPORT_LIMITS, ImportLimitPassed, type ImportLimits } from './import/limits.js';
import { parseMilestones } from './import/milestones.js';
import type { ParsedFile, RowError } from './import/parsed.js';
import {
  type KitProgressMapping,
  parseBudgets,
  parseKitActions,
  parseKitProgress,
  parseWaves,
} from './import/records.js';
import { parseRequests } from './import/requests.js';
import { parseResources } from './import/resources.js';
import { parseRestitutions } from './import/restitutions.js';
import { parseTrainers } from './import/trainers.js';
import { parseWaveChanges } from './import/wave-changes.js';
import { readXlsx } from './import/xlsx.js';
import type { ImportInput, ImportKind } from './imports.js';

/** How to read a file: the académie to keep (Annuaire), the sheet (XLSX), the kit's columns, the limits. */
export interface ReadOptions {
  readonly academie?: string;
  readonly sheet?: string;
  readonly mapping?: KitProgressMapping;
  /** {@link DEFAULT_IMPORT_LIMITS} unless given (the command reads them with {@link importLimitsFrom}). */
  readonly limits?: ImportLimits;
}

function parse(kind: ImportKind, table: TextTable, options: ReadOptions): ParsedFile<unknown> {
  switch (kind) {
    case 'annuaire':
      return parseAnnuaire(table, { academieCode: options.academie ?? '' });
    case 'itop':
      return parseItopCsv(table);
    case 'deployment':
      return parseDeployment(table);
    case 'waves':
      return parseWaves(table);
    case 'kit-actions':
      return parseKitActions(table);
    case 'kit-progress':
      return parseKitProgress(table, options.mapping);
    case 'budgets':
      return parseBudgets(table);
    case 'requests':
      return parseRequests(table);
    case 'trainers':
      return parseTrainers(table);
    case 'milestones':
      return parseMilestones(table);
    case 'restitutions':
      return parseRestitutions(table);
    case 'resources':
      return parseResources(table);
    case 'difficulty-settings':
      return parseDifficultySettings(table);
    case 'wave-changes':
      return parseWaveChanges(table);
  }
}

/**
 * Reads and parses a file of `kind` from disk, ready for {@link Store.importFile}: CSV, or XLSX
 * by its extension. The file is streamed, never held whole; one that passes a limit (its size,
 * the bytes its workbook inflates to, its rows) is refused as soon as it does, with one error
 * naming the setting, and nothing of it is imported.
 */
export async function readImport(
  kind: ImportKind,
  file: string,
  options: ReadOptions = {},
): Promise<ImportInput<unknown>> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const fileName = basename(file);
  // A refused file is never recorded: it needs no identity.
  const refused = (error: RowError): ImportInput<unknown> => ({
    parsed: { records: [], errors: [error], rows: 0 },
    fileName,
    content: '',
  });
  if (kind === 'annuaire' && !options.academie)
    return refused({
      line: 0,
      field: 'academie',
      reason: 'expected the code of the académie to keep (--academie 20)',
    });
  const hash = createHash('sha256');
  try {
    await refuseLargeFile(file, limits);
    const xlsx = extname(file).toLowerCase() === '.xlsx';
    const table = xlsx
      ? await readXlsx(file, { sheet: options.sheet, limits })
      : await readCsv(fileBytes(file, limits, hash), { limits });
    if (!('rows' in table)) return refused(table);
    // A workbook is read part by part: its identity takes a pass of its own.
    if (xlsx) for await (const _ of fileBytes(file, limits, hash));
    return { parsed: parse(kind, table, options), fileName, content: { sha256: hash.digest('hex') } };
  } catch (error) {
    if (error instanceof ImportLimitPassed) return refused(error.error);
    throw error;
  }
}
