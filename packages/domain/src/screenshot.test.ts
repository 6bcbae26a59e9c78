import { describe, expect, it } from 'vitest';
import {
  joinScreenshotNames,
  MAX_SCREENSHOT_NAME_CHARS,
  MAX_SCREENSHOTS,
  splitScreenshotNames,
  validateScreenshotNames,
} from './screenshot.js';

const errorsOf = (input: unknown) => {
  const result = validateScreenshotNames(input, 'ticket.screenshotNames');
  return result.ok ? [] : result.errors.map((e) => [e.field, e.code]);
};

describe('validateScreenshotNames', () => {
  it('keeps the names trimmed, in order', () => {
    expect(validateScreenshotNames([' capture-erreur-mandat.png ', 'écran 2.jpg'], 'f')).toEqual({
      ok: true,
      value: ['capture-erreur-mandat.png', 'écran 2.jpg'],
    });
  });

  it('accepts no screenshot and exactly the most', () => {
    expect(errorsOf([])).toEqual([]);
    expect(errorsOf(Array.from({ length: MAX_SCREENSHOTS }, (_, i) => `c${i}.png`))).toEqual([]);
    expect(errorsOf(['x'.repeat(MAX_SCREENSHOT_NAME_CHARS)])).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['not a list', 'capture.png', 'ticket.screenshotNames', 'invalid_format'],
    [
      'one too many',
      Array.from({ length: MAX_SCREENSHOTS + 1 }, (_, i) => `c${i}.png`),
      'ticket.screenshotNames',
      'out_of_range',
    ],
    ['a blank name', ['a.png', '  '], 'ticket.screenshotNames[1]', 'required'],
    ['a number', [3], 'ticket.screenshotNames[0]', 'required'],
    [
      'a name too long',
      ['x'.repeat(MAX_SCREENSHOT_NAME_CHARS + 1)],
      'ticket.screenshotNames[0]',
      'out_of_range',
    ],
    ['a path', ['dossier/capture.png'], 'ticket.screenshotNames[0]', 'invalid_format'],
    ['a control character', ['capture\u0007.png'], 'ticket.screenshotNames[0]', 'invalid_format'],
    ['a name twice', ['a.png', 'b.png', 'a.png'], 'ticket.screenshotNames[2]', 'duplicate'],
  ])('refuses %s, naming the field', (_case, input, field, code) => {
    expect(errorsOf(input)).toContainEqual([field, code]);
  });

  it('says what was expected', () => {
    const result = validateScreenshotNames(['a.png', ''], 'ticket.screenshotNames');
    expect(result.ok ? '' : result.errors[0]?.message).toBe(
      'ticket.screenshotNames[1]: expected a non-empty file name',
    );
  });
});

describe('splitScreenshotNames', () => {
  it('reads one name a line or separated by semicolons, blanks dropped', () => {
    expect(splitScreenshotNames('a.png; b, c.png\n\n d.jpg ;')).toEqual(['a.png', 'b, c.png', 'd.jpg']);
  });

  it('reads back what joinScreenshotNames wrote', () => {
    const names = ['capture-erreur-mandat.png', 'écran, détail.png'];
    expect(splitScreenshotNames(joinScreenshotNames(names))).toEqual(names);
  });
});
