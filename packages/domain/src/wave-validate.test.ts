import { describe, expect, it } from 'vitest';
import type { DomainError, Result } from './result.js';
import { validateWave, validateWaves } from './wave-validate.js';

const v6 = {
  id: 'V6',
  number: 6,
  switchDate: '2024-01-01',
  plannedCount: 61,
  milestones: [
    {
      kind: 'eple-informed',
      label: 'Information des EPLE par mail',
      dueOn: '2023-06-05',
      doneOn: '2023-06-05',
    },
    { kind: 'eple-created', label: 'Création des EPLE dans op@le par le ministère', dueOn: '2023-10-06' },
    { kind: 'first-training', label: 'Premier module de formation', dueOn: '2023-11-09', doneOn: null },
  ],
};

function errorsOf<T>(result: Result<T>): readonly DomainError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('validateWave', () => {
  it('accepts a wave, drops what is not part of it and reads a null doneOn as not done', () => {
    const result = validateWave({ ...v6, extra: true });
    expect(result).toEqual({
      ok: true,
      value: {
        ...v6,
        milestones: [
          v6.milestones[0],
          v6.milestones[1],
          { kind: 'first-training', label: 'Premier module de formation', dueOn: '2023-11-09' },
        ],
      },
    });
  });

  it('derives the number from the id and takes absent counts and milestones as not given', () => {
    expect(validateWave({ id: 'V9', switchDate: '2025-09-01' })).toEqual({
      ok: true,
      value: { id: 'V9', number: 9, switchDate: '2025-09-01', plannedCount: null, milestones: [] },
    });
  });

  it.each([['W6'], ['V0'], ['V06'], ['6'], [6], [null]])('rejects the id %j', (id) => {
    expect(errorsOf(validateWave({ ...v6, id }))).toContainEqual(
      expect.objectContaining({ field: 'wave.id', code: 'invalid_format' }),
    );
  });

  it('rejects a number that does not match the id', () => {
    const [error] = errorsOf(validateWave({ ...v6, number: 7 }, 'waves[5]'));
    expect(error).toMatchObject({ field: 'waves[5].number', code: 'inconsistent' });
    expect(error?.message).toContain('expected 6');
  });

  it('rejects a switch date that is not a date', () => {
    const [error] = errorsOf(validateWave({ ...v6, switchDate: '2024-02-30' }));
    expect(error).toMatchObject({ field: 'wave.switchDate', code: 'invalid_date' });
    expect(error?.message).toContain('YYYY-MM-DD');
    expect(errorsOf(validateWave({ ...v6, switchDate: '01/01/2024' }))[0]?.field).toBe('wave.switchDate');
  });

  it.each([
    [-1, 'out_of_range'],
    [2.5, 'invalid_format'],
    ['61', 'invalid_format'],
  ])('rejects the planned count %j', (plannedCount, code) => {
    expect(errorsOf(validateWave({ ...v6, plannedCount }))[0]).toMatchObject({
      field: 'wave.plannedCount',
      code,
    });
  });

  it('names every bad field of every milestone', () => {
    const milestones = [
      { kind: 'party', label: 'Fête', dueOn: '2023-06-05' },
      { kind: 'reminder', label: '  ', dueOn: '2023-11-07', doneOn: 'soon' },
      { kind: 'bascule', label: 'Bascule', dueOn: '2024-13-01' },
      'bascule',
    ];
    const fields = errorsOf(validateWave({ ...v6, milestones })).map((e) => e.field);
    expect(fields).toEqual([
      'wave.milestones[0].kind',
      'wave.milestones[1].label',
      'wave.milestones[1].doneOn',
      'wave.milestones[2].dueOn',
      'wave.milestones[3]',
    ]);
    expect(errorsOf(validateWave({ ...v6, milestones: 'none' }))[0]?.field).toBe('wave.milestones');
  });

  it.each([[null], [undefined], [6], ['V6'], [[v6]]])('returns an error for %j without throwing', (input) => {
    expect(errorsOf(validateWave(input))[0]).toMatchObject({ field: 'wave', code: 'invalid_format' });
  });
});

describe('validateWaves', () => {
  const calendar = [
    { id: 'V5', switchDate: '2023-09-01', plannedCount: 5 },
    { id: 'V4', switchDate: '2023-01-01', plannedCount: 9 },
    { id: 'V6', switchDate: '2024-01-01', plannedCount: 61 },
  ];

  it('returns the waves ordered by number', () => {
    const result = validateWaves(calendar);
    expect(result.ok && result.value.map((w) => w.id)).toEqual(['V4', 'V5', 'V6']);
  });

  it('rejects an id given twice', () => {
    const [error] = errorsOf(validateWaves([...calendar, { id: 'V5', switchDate: '2023-09-01' }]));
    expect(error).toMatchObject({ field: 'waves[3].id', code: 'duplicate' });
    expect(error?.message).toContain('waves[0]');
  });

  it('rejects numbers that do not follow the dates', () => {
    const [error] = errorsOf(validateWaves([...calendar, { id: 'V7', switchDate: '2023-12-01' }]));
    expect(error).toMatchObject({ field: 'waves[3].switchDate', code: 'inconsistent' });
    expect(error?.message).toContain('V7');
    expect(error?.message).toContain('V6');
  });

  it('collects the errors of each wave under its index', () => {
    expect(errorsOf(validateWaves([calendar[0], null]))[0]?.field).toBe('waves[1]');
  });

  it.each([[null], [42], [{}]])('returns an error for %j without throwing', (input) => {
    expect(errorsOf(validateWaves(input))[0]).toMatchObject({ field: 'waves', code: 'invalid_format' });
  });
});
