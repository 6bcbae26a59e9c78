import { domainError, fail, ok, type Result } from './result.js';

/** The national identifier of an establishment: 7 digits and a check letter, e.g. `0801234X`. */
export type Uai = string;

const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const UAI_SHAPE = /^(\d{7})([A-Z])$/;

/** The check letter of the 7 digits of a UAI: `"ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23]`. */
export function uaiCheckLetter(digits: string): string {
  return CHECK_LETTERS[Number(digits) % 23] as string;
}

/** Builds a valid UAI from 7 digits by appending its check letter. */
export function makeUai(digits: string): Uai {
  return `${digits}${uaiCheckLetter(digits)}`;
}

/**
 * Validates a UAI. Lower-case letters and surrounding spaces are accepted and normalised; a wrong
 * check letter is an error that names the expected letter.
 */
export function parseUai(value: unknown, field = 'uai'): Result<Uai> {
  if (typeof value !== 'string' || value.trim() === '') {
    return fail(
      domainError(field, 'required', `${field}: expected a UAI (7 digits and a check letter, e.g. 0801234X)`),
    );
  }
  const normalised = value.trim().toUpperCase();
  const m = UAI_SHAPE.exec(normalised);
  if (!m) {
    return fail(
      domainError(
        field,
        'invalid_format',
        `${field}: expected 7 digits followed by a letter (e.g. 0801234X), got ${JSON.stringify(value)}`,
      ),
    );
  }
  const expected = uaiCheckLetter(m[1] as string);
  if (m[2] !== expected) {
    return fail(
      domainError(
        field,
        'invalid_check_letter',
        `${field}: the check letter of ${m[1]} is ${expected}, got ${m[2]} (expected ${m[1]}${expected})`,
      ),
    );
  }
  return ok(normalised);
}
