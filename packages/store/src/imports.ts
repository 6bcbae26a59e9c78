import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from './audit.js';
import { audit } from './audit.js';
import type { Engine } from './connect.js';
import type { ParsedFile, RowError } from './import/parsed.js';
import {
  applyAnnuaire,
  applyBudgets,
  applyDeployment,
  applyKitActions,
  applyKitProgress,
  applyTickets,
  applyWaves,
  type Tally,
} from './import-apply.js';
import { applyResources } from './import-apply-resources.js';
import { applyDifficultySettings } from './import-difficulty-settings.js';
import { applyMilestones } from './milestone-apply.js';
import { applyRestitutions } from './restitution-apply.js';
import type { Database } from './schema.js';
import { applyTrainers } from './trainers-apply.js';
import { transact } from './transact.js';
import { applyWaveChanges } from './wave-change-apply.js';

/** The kinds of file the store imports. */
export const IMPORT_KINDS = [
  'annuaire',
  'deployment',
  'waves',
  'kit-actions',
  'kit-progress',
  'budgets',
  'itop',
  'requests',
  'trainers',
  'milestones',
  'restitutions',
  'resources',
  'difficulty-settings',
  'wave-changes',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import did. */
export interface ImportOutcome extends Tally {
  readonly kind: ImportKind;
  readonly fileName: string;
  /** Data rows read from the file, and rows the parser left aside (not for this académie…). */
  readonly rows: number;
  readonly skipped: number;
  /** The very same file was imported before: nothing was done. */
  readonly alreadyImported: boolean;
}

export type ImportResult =
  | { readonly ok: true; readonly value: ImportOutcome }
  | { readonly ok: false; readonly errors: readonly RowError[] };

const APPLY = {
  annuaire: applyAnnuaire,
  deployment: applyDeployment,
  waves: applyWaves,
  'kit-actions': applyKitActions,
  'kit-progress': applyKitProgress,
  budgets: applyBudgets,
  itop: applyTickets,
  requests: applyTickets,
  trainers: applyTrainers,
  milestones: applyMilestones,
  restitutions: applyRestitutions,
  resources: applyResources,
  'difficulty-settings': applyDifficultySettings,
  'wave-changes': applyWaveChanges,
} as const;

/** The parsed records of a file, the line of each record, and the file's identity. */
export interface ImportInput<T> {
  readonly parsed: ParsedFile<T> & { readonly lines?: readonly number[]; readonly skipped?: number };
  readonly fileName: string;
  /** The file, to recognise it when it comes again: its bytes, or their SHA-256 (hex) when it was streamed. */
  readonly content: Buffer | string | { readonly sha256: string };
}

/**
 * Applies a parsed file to the records: all of it in one transaction, or nothing when any row is
 * wrong (every bad row is listed with its line, field and reason). Importing the same file again,
 * or a file that says nothing new, changes nothing.
 */
export async function importFile<T>(
  db: Kysely<Database>,
  engine: Engine,
  target: string,
  kind: ImportKind,
  input: ImportInput<T>,
  actor: Actor,
): Promise<ImportResult> {
  const { parsed, fileName } = input;
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors };
  const { content } = input;
  const sha256 =
    typeof content === 'string' || Buffer.isBuffer(content)
      ? createHash('sha256').update(content).digest('hex')
      : content.sha256;
  const base = {
    kind,
    fileName,
    rows: parsed.rows,
    skipped: parsed.skipped ?? parsed.rows - parsed.records.length,
  };
  const seen = await db
    .selectFrom('imports')
    .select('id')
    .where('kind', '=', kind)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (seen)
    return {
      ok: true,
      value: { ...base, inserted: 0, updated: 0, unchanged: parsed.records.length, alreadyImported: true },
    };
  const lineOf = (i: number) => parsed.lines?.[i] ?? i + 2;
  return transact(db, engine, target, async (trx) => {
    const at = new Date().toISOString();
    const apply = APPLY[kind] as (
      ...args: Parameters<typeof applyAnnuaire>
    ) => ReturnType<typeof applyAnnuaire>;
    const outcome = await apply(trx, parsed.records as never[], lineOf, {
      recorded_by: actor,
      recorded_at: at,
    });
    if (Array.isArray(outcome)) {
      // Nothing of a rejected file stays: throwing rolls the transaction back.
      throw new RejectedImport(outcome);
    }
    await trx
      .insertInto('imports')
      .values({ kind, sha256, file_name: fileName, imported_at: at, imported_by: actor, rows: parsed.rows })
      .execute();
    await audit(trx, at, actor, `import-${kind}`, 'file', fileName, outcome);
    return { ok: true as const, value: { ...base, ...outcome, alreadyImported: false } };
  }).catch((error: unknown) => {
    if (error instanceof RejectedImport) return { ok: false as const, errors: error.errors };
    throw error;
  });
}

class RejectedImport extends Error {
  constructor(readonly errors: RowError[]) {
    super(`${errors.length} bad rows`);
  }
}
