import { describe } from './describe.js';
import { type DomainError, domainError, fromErrors, type Result } from './result.js';

/** At most this many screenshots are named on one ticket: ITOP's own limit on attachments is near. */
export const MAX_SCREENSHOTS = 20;
/** A screenshot's name is a file name: at most this many characters. */
export const MAX_SCREENSHOT_NAME_CHARS = 120;

// A file name, not a path: no separator, no control character, so that a name read back from any
// export or import is the same name.
const FORBIDDEN = /[/\\\p{Cc}]/u;

/**
 * Splits the screenshots' names as an import cell or a form field writes them, one a line or
 * separated by `;` (file names may hold commas), blanks dropped.
 */
export function splitScreenshotNames(text: string): string[] {
  return text
    .split(/[;\r\n]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The names joined the way {@link splitScreenshotNames} reads them back. */
export function joinScreenshotNames(names: readonly string[]): string {
  return names.join('; ');
}

/**
 * Validates the names of a ticket's screenshots (file names such as `capture-erreur-mandat.png`):
 * a list of at most {@link MAX_SCREENSHOTS} non-blank texts of at most
 * {@link MAX_SCREENSHOT_NAME_CHARS} characters, without a path separator or control character,
 * each once. Returns the trimmed names or every error, each naming its field (`…[2]`).
 */
export function validateScreenshotNames(input: unknown, field: string): Result<string[]> {
  if (!Array.isArray(input))
    return {
      ok: false,
      errors: [
        domainError(
          field,
          'invalid_format',
          `${field}: expected a list of file names, got ${describe(input)}`,
        ),
      ],
    };
  const errors: DomainError[] = [];
  if (input.length > MAX_SCREENSHOTS)
    errors.push(
      domainError(
        field,
        'out_of_range',
        `${field}: expected at most ${MAX_SCREENSHOTS} screenshots, got ${input.length}`,
      ),
    );
  const names: string[] = [];
  input.forEach((raw, i) => {
    const at = `${field}[${i}]`;
    const name = typeof raw === 'string' ? raw.trim() : '';
    if (name === '') errors.push(domainError(at, 'required', `${at}: expected a non-empty file name`));
    else if ([...name].length > MAX_SCREENSHOT_NAME_CHARS)
      errors.push(
        domainError(
          at,
          'out_of_range',
          `${at}: expected a file name of at most ${MAX_SCREENSHOT_NAME_CHARS} characters, got ${[...name].length}`,
        ),
      );
    else if (FORBIDDEN.test(name))
      errors.push(
        domainError(at, 'invalid_format', `${at}: expected a file name without / \\ or control characters`),
      );
    else if (names.includes(name))
      errors.push(domainError(at, 'duplicate', `${at}: the screenshot ${describe(name)} is named twice`));
    else names.push(name);
  });
  return fromErrors(errors, () => names);
}
