import { describe, expect, it } from 'vitest';
import { validateEple } from './eple-validate.js';
import type { DomainError, Result } from './result.js';
import { makeUai, uaiCheckLetter } from './uai.js';
import type { Wave } from './wave.js';

const calendar: [string, string][] = [
  ['V6', '2024-01-01'],
  ['V1', '2021-01-01'],
  ['V2', '2022-01-01'],
  ['V4', '2023-01-01'],
  ['V5', '2023-09-01'],
];
const waves = new Map<string, Wave>(
  calendar.map(([id, switchDate]) => [
    id,
    { id, number: Number(id.slice(1)), switchDate, plannedCount: null, milestones: [] },
  ]),
);
const ctx = { waves };

// A V5 row of the committee's slide: Collège H. Matisse, whose books LP C. Noël keeps. UAI invented.
const matisse = {
  uai: makeUai('0020101'),
  name: 'Collège H. Matisse',
  kind: 'college',
  commune: 'Bohain-en-Vermandois',
  departement: '02',
  agenceUai: makeUai('0020201'),
  waveId: 'V5',
  createdOn: '2023-06-15',
};

function errorsOf<T>(result: Result<T>): readonly DomainError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('validateEple', () => {
  it('accepts a V5 collège and normalises both UAI to upper case', () => {
    const input = {
      ...matisse,
      uai: ` ${matisse.uai.toLowerCase()}`,
      agenceUai: matisse.agenceUai.toLowerCase(),
    };
    expect(validateEple(input, ctx)).toEqual({ ok: true, value: matisse });
  });

  it('accepts the lycée added to V5 as its own agence comptable', () => {
    const vimeu = {
      ...matisse,
      uai: makeUai('0800103'),
      name: 'Lycée du Vimeu',
      kind: 'lpo',
      commune: 'Friville-Escarbotin',
      departement: '80',
    };
    expect(validateEple({ ...vimeu, agenceUai: vimeu.uai }, ctx).ok).toBe(true);
  });

  it('names the expected check letter when the UAI letter is wrong', () => {
    const digits = '0020101';
    const expected = uaiCheckLetter(digits);
    const wrong = `${digits}${expected === 'A' ? 'B' : 'A'}`;
    const [error] = errorsOf(validateEple({ ...matisse, uai: wrong }, ctx, 'eple[0]'));
    expect(error).toMatchObject({ field: 'eple[0].uai', code: 'invalid_check_letter' });
    expect(error?.message).toContain(`${digits}${expected}`);
  });

  it('checks the agence comptable UAI the same way', () => {
    const [error] = errorsOf(validateEple({ ...matisse, agenceUai: '02-0201' }, ctx));
    expect(error).toMatchObject({ field: 'eple.agenceUai', code: 'invalid_format' });
  });

  it('rejects an unknown wave and lists the known ones in calendar order', () => {
    const [error] = errorsOf(validateEple({ ...matisse, waveId: 'V42' }, ctx));
    expect(error).toMatchObject({ field: 'eple.waveId', code: 'unknown_reference' });
    expect(error?.message).toContain('unknown wave V42: expected one of V1, V2, V4, V5, V6');
    expect(errorsOf(validateEple({ ...matisse, waveId: undefined }, ctx))[0]?.code).toBe('required');
    expect(errorsOf(validateEple(matisse, { waves: new Map() }))[0]?.message).toContain(
      'no wave is defined yet',
    );
  });

  it('rejects a creation day that is not a date', () => {
    const [error] = errorsOf(validateEple({ ...matisse, createdOn: '15/06/2023' }, ctx));
    expect(error).toMatchObject({ field: 'eple.createdOn', code: 'invalid_date' });
  });

  it.each([
    ['2a', '2A'],
    ['974', '974'],
    [' 80 ', '80'],
  ])('accepts the département %j as %j', (departement, normalised) => {
    const result = validateEple({ ...matisse, departement }, ctx);
    expect(result.ok && result.value.departement).toBe(normalised);
  });

  it.each([['2C'], ['100'], ['8'], [80], [null]])('rejects the département %j', (departement) => {
    expect(errorsOf(validateEple({ ...matisse, departement }, ctx))[0]).toMatchObject({
      field: 'eple.departement',
      code: 'invalid_format',
    });
  });

  it('reports every bad field at once', () => {
    const input = { ...matisse, name: ' ', kind: 'école', commune: 42, waveId: 'V9', createdOn: null };
    expect(errorsOf(validateEple(input, ctx)).map((e) => e.field)).toEqual([
      'eple.name',
      'eple.kind',
      'eple.commune',
      'eple.waveId',
      'eple.createdOn',
    ]);
  });

  it.each([[null], [undefined], [42], ['0020101X'], [[matisse]]])(
    'returns an error for %j without throwing',
    (input) => {
      expect(errorsOf(validateEple(input, ctx))[0]).toMatchObject({ field: 'eple', code: 'invalid_format' });
    },
  );
});
