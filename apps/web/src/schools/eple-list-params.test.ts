import { describe, expect, it } from 'vitest';
import { type EpleListFilter, epleListFilterOf, epleListPath } from './eple-list-params';

describe('the address of an EPLE list', () => {
  it('writes the figure’s filters in French, with its day', () => {
    expect(epleListPath({ wave: 'V6', kitBucket: 'below10' }, '2024-01-22')).toBe(
      '/etablissements?vague=V6&kit=moins-de-10&date=2024-01-22',
    );
    expect(epleListPath({ wave: 'V6', budget: 'pending' }, '2024-01-22')).toBe(
      '/etablissements?vague=V6&budget=non-executoire&date=2024-01-22',
    );
    expect(epleListPath({ inDifficulty: true, wave: null }, '2024-01-22')).toBe(
      '/etablissements?difficulte=1&date=2024-01-22',
    );
  });

  it.each<EpleListFilter>([
    { wave: 'V6', kitBucket: 'from10To30' },
    { wave: 'V5', kitBucket: 'above30', budget: 'executoire' },
    { inDifficulty: true },
    { budget: 'pending' },
  ])('reads %o back from its address', (filter) => {
    const params = new URL(epleListPath(filter, '2024-01-22'), 'http://opale.test').searchParams;
    const back = epleListFilterOf(params);
    expect(Object.fromEntries(Object.entries(back).filter(([, v]) => v !== undefined))).toEqual(filter);
  });

  it('leaves out a slug it does not know', () => {
    expect(epleListFilterOf(new URLSearchParams('kit=moins-de-5&budget=oui&difficulte=peut-etre'))).toEqual({
      wave: undefined,
      kitBucket: undefined,
      budget: undefined,
      inDifficulty: undefined,
    });
  });
});
