import { type DomainError, domainError, type Result } from '@opale/domain';
import type { RowError } from './parsed.js';

/** How much an imported file may hold before it is refused, unread. */
export interface ImportLimits {
  /** Bytes of the file itself, CSV or XLSX. */
  readonly maxBytes: number;
  /** Bytes an XLSX workbook's parts inflate to: a few kilobytes of zip can inflate to gigabytes. */
  readonly maxInflatedBytes: number;
  /** Data rows of the table read (CSV lines or rows of the sheet), the header not counted. */
  readonly maxRows: number;
}

const MIB = 1024 * 1024;

/**
 * Room for the largest real files: an iTop export of the 320,000 tickets of a national roll-out
 * is about 200 MiB of sheet once inflated.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 50 * MIB,
  maxInflatedBytes: 256 * MIB,
  maxRows: 1_000_000,
};

/** The environment variable that sets each limit. */
export const IMPORT_LIMIT_SETTINGS: Readonly<Record<keyof ImportLimits, string>> = {
  maxBytes: 'OPALE_IMPORT_MAX_BYTES',
  maxInflatedBytes: 'OPALE_IMPORT_MAX_INFLATED_BYTES',
  maxRows: 'OPALE_IMPORT_MAX_ROWS',
};

const UNITS: Readonly<Record<keyof ImportLimits, string>> = {
  maxBytes: 'bytes',
  maxInflatedBytes: 'bytes',
  maxRows: 'rows',
};

const BOUNDS: Readonly<Record<keyof ImportLimits, string>> = {
  maxBytes: 'the size of the file',
  maxInflatedBytes: 'the bytes an XLSX workbook inflates to',
  maxRows: 'the data rows of the table',
};

const count = (n: number) => n.toLocaleString('en-US');

function shown(limit: keyof ImportLimits, value: number): string {
  const mib =
    UNITS[limit] === 'bytes' && value >= MIB ? ` (${count(Math.round((value / MIB) * 10) / 10)} MiB)` : '';
  return `${count(value)} ${UNITS[limit]}${mib}`;
}

/** One line per limit, for help: its variable, what it bounds, its default. */
export function importLimitsHelp(): string {
  return (Object.keys(IMPORT_LIMIT_SETTINGS) as (keyof ImportLimits)[])
    .map(
      (key) =>
        `  ${IMPORT_LIMIT_SETTINGS[key]}: ${BOUNDS[key]}, ${shown(key, DEFAULT_IMPORT_LIMITS[key])} by default`,
    )
    .join('\n');
}

/**
 * The import limits set in `env` (`OPALE_IMPORT_MAX_BYTES`, `OPALE_IMPORT_MAX_INFLATED_BYTES`,
 * `OPALE_IMPORT_MAX_ROWS`), each a whole number greater than 0; {@link DEFAULT_IMPORT_LIMITS}
 * for those unset or empty. Every bad value is an error naming its variable.
 */
export function importLimitsFrom(env: Readonly<Record<string, string | undefined>>): Result<ImportLimits> {
  const errors: DomainError[] = [];
  const limits = { ...DEFAULT_IMPORT_LIMITS };
  for (const key of Object.keys(IMPORT_LIMIT_SETTINGS) as (keyof ImportLimits)[]) {
    const name = IMPORT_LIMIT_SETTINGS[key];
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(value) && value > 0) limits[key] = value;
    else
      errors.push(
        domainError(
          name,
          'invalid_format',
          `${name}: expected a whole number of ${UNITS[key]} greater than 0 (default ${DEFAULT_IMPORT_LIMITS[key]}), got ${JSON.stringify(raw)}`,
        ),
      );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: limits };
}

/** A file refused for passing a limit: thrown while it is read, so that reading stops there. */
export class ImportLimitPassed extends Error {
  readonly error: RowError;
  constructor(limit: keyof ImportLimits, what: (limit: string) => string) {
    const name = IMPORT_LIMIT_SETTINGS[limit];
    const reason = `${what(name)}: nothing was imported; raise ${name} to import it`;
    super(reason);
    this.error = { line: 0, field: name, reason };
  }
}

/** Refuses a file of `bytes` bytes; without them, a file that passes the limit while read (a pipe). */
export const fileTooLarge = (limits: ImportLimits, bytes?: number) =>
  new ImportLimitPassed('maxBytes', (name) => {
    const limit = shown('maxBytes', limits.maxBytes);
    return bytes === undefined
      ? `the file passes the limit of ${limit} set by ${name} while it is read`
      : `the file is ${shown('maxBytes', bytes)}, over the limit of ${limit} set by ${name}`;
  });

/** Refuses a table once it holds more data rows than allowed. */
export const tooManyRows = (limits: ImportLimits) =>
  new ImportLimitPassed(
    'maxRows',
    (name) => `the table holds more than ${shown('maxRows', limits.maxRows)}, the limit set by ${name}`,
  );

/** Refuses a workbook whose parts declare they inflate to `declared` bytes, over the limit. */
export const declaresTooMuch = (limits: ImportLimits, declared: number) =>
  new ImportLimitPassed(
    'maxInflatedBytes',
    (name) =>
      `the workbook's parts declare ${shown('maxInflatedBytes', declared)} once inflated, over the limit of ${shown('maxInflatedBytes', limits.maxInflatedBytes)} set by ${name}`,
  );

/** Refuses a workbook whose parts, inflated, pass the limit (whatever they declared). */
export const inflatesTooMuch = (limits: ImportLimits) =>
  new ImportLimitPassed(
    'maxInflatedBytes',
    (name) =>
      `the workbook's parts inflate to more than ${shown('maxInflatedBytes', limits.maxInflatedBytes)}, the limit set by ${name}`,
  );
