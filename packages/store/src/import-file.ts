import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseAnnuaire } from './import/annuaire.js';
import type { TextTable } from './import/csv.js';
import { readCsv } from './import/csv.js';
import { parseDeployment } from './import/deployment.js';
import { parseItopCsv } from './import/itop-csv.js';
import type { ParsedFile, RowError } from './import/parsed.js';
import {
  type KitProgressMapping,
  parseBudgets,
  parseKitActions,
  parseKitProgress,
  parseWaves,
} from './import/records.js';
import { readXlsx } from './import/xlsx.js';
import type { ImportInput, ImportKind } from './imports.js';

/** How to read a file: the académie to keep (Annuaire), the sheet (XLSX), the kit's columns. */
export interface ReadOptions {
  readonly academie?: string;
  readonly sheet?: string;
  readonly mapping?: KitProgressMapping;
}

async function table(content: Buffer, file: string, sheet?: string): Promise<TextTable | RowError> {
  return extname(file).toLowerCase() === '.xlsx'
    ? readXlsx(content, sheet)
    : readCsv(content.toString('utf8'));
}

const rejected = (error: RowError): ParsedFile<never> => ({ records: [], errors: [error], rows: 0 });

/** Reads and parses a file of `kind` from disk, ready for {@link Store.importFile}. */
export async function readImport(
  kind: ImportKind,
  file: string,
  options: ReadOptions = {},
): Promise<ImportInput<unknown>> {
  const content = readFileSync(file);
  const fileName = basename(file);
  const done = (parsed: ImportInput<unknown>['parsed']) => ({ parsed, fileName, content });
  if (kind === 'annuaire') {
    if (!options.academie)
      return done(
        rejected({
          line: 0,
          field: 'academie',
          reason: 'expected the code of the académie to keep (--academie 20)',
        }),
      );
    return done(parseAnnuaire(content.toString('utf8'), { academieCode: options.academie }));
  }
  if (kind === 'itop') return done(parseItopCsv(content.toString('utf8')));
  const t = await table(content, file, options.sheet);
  if (!('rows' in t)) return done(rejected(t));
  switch (kind) {
    case 'deployment':
      return done(parseDeployment(t));
    case 'waves':
      return done(parseWaves(t));
    case 'kit-actions':
      return done(parseKitActions(t));
    case 'kit-progress':
      return done(parseKitProgress(t, options.mapping));
    case 'budgets':
      return done(parseBudgets(t));
  }
}
