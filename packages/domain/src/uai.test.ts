import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeUai, parseUai, uaiCheckLetter } from './uai.js';

describe('UAI', () => {
  it('computes the check letter as n mod 23 over the letters without I, O, Q', () => {
    expect(uaiCheckLetter('0000000')).toBe('A');
    expect(uaiCheckLetter('0000022')).toBe('Z');
    expect(uaiCheckLetter('0000023')).toBe('A');
    expect(makeUai('0801234')).toBe(`0801234${'ABCDEFGHJKLMNPRSTUVWXYZ'[801234 % 23]}`);
  });

  it('normalises case and spaces', () => {
    const uai = makeUai('0801234');
    expect(parseUai(` ${uai.toLowerCase()} `)).toEqual({ ok: true, value: uai });
  });

  it('names the expected letter when the check letter is wrong', () => {
    const good = makeUai('0801234');
    const wrong = good.slice(0, 7) + (good.endsWith('A') ? 'B' : 'A');
    const result = parseUai(wrong, 'eple[0].uai');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ field: 'eple[0].uai', code: 'invalid_check_letter' });
    expect(result.errors[0]?.message).toContain(`is ${good[7]}`);
  });

  it.each([
    ['', 'required'],
    [null, 'required'],
    [801234, 'required'],
    ['080123X', 'invalid_format'],
    ['08012345X', 'invalid_format'],
    ['0801234-', 'invalid_format'],
  ])('rejects %j as %s', (value, code) => {
    const result = parseUai(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe(code);
  });

  it('always validates a computed letter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (n) => {
        const uai = makeUai(String(n).padStart(7, '0'));
        expect(parseUai(uai)).toEqual({ ok: true, value: uai });
      }),
    );
  });
});
