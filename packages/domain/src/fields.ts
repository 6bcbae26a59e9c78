import { dateError, type IsoDate, isIsoDate } from './date.js';
import { describe } from './describe.js';
import { isOneOf } from './one-of.js';
import { type DomainError, domainError } from './result.js';
import { parseUai, type Uai } from './uai.js';

/**
 * Reads the fields of an untrusted record, collecting one typed error per bad field instead of
 * throwing. Validators create one reader per record and return `errors` when it is not empty.
 */
export class FieldReader {
  readonly errors: DomainError[] = [];
  private readonly raw: Record<string, unknown>;

  /** `ok` is false when `input` is not an object; the error is then already recorded. */
  readonly ok: boolean;

  constructor(
    input: unknown,
    readonly field: string,
  ) {
    this.ok = typeof input === 'object' && input !== null && !Array.isArray(input);
    this.raw = this.ok ? (input as Record<string, unknown>) : {};
    if (!this.ok)
      this.errors.push(
        domainError(field, 'invalid_format', `${field}: expected an object, got ${describe(input)}`),
      );
  }

  /** The path of a key of this record, e.g. `eple[3].uai`. */
  path(key: string): string {
    return `${this.field}.${key}`;
  }

  value(key: string): unknown {
    return this.raw[key];
  }

  /** A non-blank string (trimmed). */
  text(key: string): string {
    const v = this.raw[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    this.errors.push(domainError(this.path(key), 'required', `${this.path(key)}: expected a non-empty text`));
    return '';
  }

  /** A string when present, `undefined` when absent. */
  optionalText(key: string): string | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim();
    this.errors.push(domainError(this.path(key), 'invalid_format', `${this.path(key)}: expected a text`));
    return undefined;
  }

  /** A calendar day `YYYY-MM-DD`. */
  date(key: string): IsoDate {
    const v = this.raw[key];
    if (isIsoDate(v)) return v;
    this.errors.push(dateError(this.path(key), v));
    return '';
  }

  /** A calendar day when present. */
  optionalDate(key: string): IsoDate | undefined {
    return this.raw[key] === undefined || this.raw[key] === null ? undefined : this.date(key);
  }

  /** A valid UAI, normalised to upper case (a wrong check letter names the expected one). */
  uai(key: string): Uai {
    const parsed = parseUai(this.raw[key], this.path(key));
    if (parsed.ok) return parsed.value;
    this.errors.push(...parsed.errors);
    return '';
  }

  /** One of `allowed`. */
  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.raw[key];
    if (isOneOf(allowed, v)) return v;
    this.errors.push(
      domainError(
        this.path(key),
        isMissing(v) ? 'required' : 'invalid_format',
        `${this.path(key)}: expected one of ${allowed.join(', ')}, got ${describe(v)}`,
      ),
    );
    return allowed[0] as T;
  }

  /** A whole number within [min, max]. */
  integer(key: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.raw[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    const bound = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    const code = isMissing(v)
      ? 'required'
      : typeof v === 'number' && Number.isInteger(v)
        ? 'out_of_range'
        : 'invalid_format';
    this.errors.push(
      domainError(
        this.path(key),
        code,
        `${this.path(key)}: expected a whole number ${bound}, got ${describe(v)}`,
      ),
    );
    return min;
  }

  /** Records an error on a key. */
  error(key: string, code: DomainError['code'], expected: string): void {
    this.errors.push(domainError(this.path(key), code, `${this.path(key)}: ${expected}`));
  }
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Reads `key` of a record as the UAI of a known EPLE; records the error (bad UAI or unknown
 * EPLE) on the reader and returns the normalised UAI.
 */
export function knownUai(reader: FieldReader, eple: { has(uai: Uai): boolean }, key = 'uai'): Uai {
  const parsed = parseUai(reader.value(key), reader.path(key));
  if (!parsed.ok) {
    reader.errors.push(...parsed.errors);
    return '';
  }
  if (!eple.has(parsed.value))
    reader.error(
      key,
      'unknown_reference',
      `unknown EPLE ${parsed.value}: expected the UAI of an EPLE of the records`,
    );
  return parsed.value;
}
