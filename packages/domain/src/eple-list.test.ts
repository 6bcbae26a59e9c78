import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Eple } from './eple.js';
import { EPLE_ORDERS, type EpleFilter, listEples, needsDifficulty, needsKit } from './eple-list.js';

const eple = (uai: string, name: string, more: Partial<Eple> = {}): Eple => ({
  uai,
  name,
  kind: 'college',
  commune: 'Amiens',
  departement: '80',
  agenceUai: '0800001A',
  waveId: 'V6',
  createdOn: '2023-10-06',
  ...more,
});

// By UAI, as the store reads them.
const eples: Eple[] = [
  eple('0020001A', 'Lycée Émile Zola', {
    kind: 'lgt',
    departement: '02',
    agenceUai: '0020001A',
    waveId: 'V5',
  }),
  eple('0020002B', 'collège Jean Mermoz', { departement: '02', agenceUai: '0020001A' }),
  eple('0600001C', 'Collège Édouard Herriot', { departement: '60', waveId: 'V7' }),
  eple('0800001A', 'Lycée de la Hotoie', { kind: 'lp' }),
  eple('0800002B', 'Collège Anatole France'),
];
const scores = new Map([
  ['0020002B', 4],
  ['0800002B', 7],
  ['0600001C', 4],
]);
const rates: Record<string, number | null> = { '0020001A': 50, '0600001C': 12.5, '0800001A': null };
const kitRate = (e: Eple) => rates[e.uai];
const uais = (list: Eple[]) => list.map((e) => e.uai);
const listed = (filter: EpleFilter, order: (typeof EPLE_ORDERS)[number] = 'uai') =>
  uais(listEples(eples, { filter, order, difficultyScores: scores, kitRate }));

describe('listEples', () => {
  it('keeps every EPLE in the input order when nothing is asked', () => {
    expect(listed({})).toEqual(uais(eples));
  });

  it.each<[EpleFilter, string[]]>([
    [{ waveId: 'V6' }, ['0020002B', '0800001A', '0800002B']],
    [{ agenceUai: '0020001A' }, ['0020001A', '0020002B']],
    [{ departement: '02' }, ['0020001A', '0020002B']],
    [{ kind: 'lp' }, ['0800001A']],
    [{ inDifficulty: true }, ['0020002B', '0600001C', '0800002B']],
    [{ inDifficulty: false }, ['0020001A', '0800001A']],
    [{ waveId: '', kind: '' }, uais(eples)],
    [{ waveId: 'V6', departement: '80', inDifficulty: true }, ['0800002B']],
    [{ waveId: 'V9' }, []],
  ])('filters by %o', (filter, expected) => {
    expect(listed(filter)).toEqual(expected);
  });

  it('shows only what the caller may see', () => {
    const visible = (uai: string) => uai.startsWith('080');
    expect(uais(listEples(eples, { filter: {}, order: 'uai', visible }))).toEqual(['0800001A', '0800002B']);
  });

  it('orders by name as French does, accents and case aside', () => {
    expect(listEples(eples, { filter: {}, order: 'name' }).map((e) => e.name)).toEqual([
      'Collège Anatole France',
      'Collège Édouard Herriot',
      'collège Jean Mermoz',
      'Lycée de la Hotoie',
      'Lycée Émile Zola',
    ]);
    const names = eples.map((e) => e.name);
    expect(listEples(eples, { filter: {}, order: 'name' }).map((e) => e.name)).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'fr')),
    );
  });

  it('orders by difficulty, highest score first, the others last, ties in the input order', () => {
    expect(listed({}, 'difficulty')).toEqual(['0800002B', '0020002B', '0600001C', '0020001A', '0800001A']);
  });

  it('orders by kit, least advanced first, a missing rate counting 0, ties in the input order', () => {
    expect(listed({}, 'kit')).toEqual(['0020002B', '0800001A', '0800002B', '0600001C', '0020001A']);
  });

  it('orders by kit in two steps, reading rates only for the EPLE kept', () => {
    const read: string[] = [];
    const kept = listEples(eples, { filter: { departement: '02' }, order: 'uai' });
    const ordered = listEples(kept, {
      filter: {},
      order: 'kit',
      kitRate: (e) => {
        read.push(e.uai);
        return kitRate(e);
      },
    });
    expect(uais(ordered)).toEqual(['0020002B', '0020001A']);
    expect(read.sort()).toEqual(['0020001A', '0020002B']);
  });

  it('throws when what the filter or the order reads is not given: a programming error', () => {
    expect(() => listEples(eples, { filter: { inDifficulty: false }, order: 'uai' })).toThrow(
      /difficultyScores/,
    );
    expect(() => listEples(eples, { filter: {}, order: 'difficulty' })).toThrow(/difficultyScores/);
    expect(() => listEples(eples, { filter: {}, order: 'kit' })).toThrow(/kitRate/);
    expect(() => listEples(eples, { filter: { kitBucket: 'below10' }, order: 'uai' })).toThrow(/kitBucketOf/);
    expect(() => listEples(eples, { filter: { budget: 'pending' }, order: 'uai' })).toThrow(/budgetOf/);
  });

  it('says when the difficulty and the kit are read', () => {
    expect(needsDifficulty({ filter: {}, order: 'uai' })).toBe(false);
    expect(needsDifficulty({ filter: { inDifficulty: false }, order: 'name' })).toBe(true);
    expect(needsDifficulty({ filter: {}, order: 'difficulty' })).toBe(true);
    expect(EPLE_ORDERS.filter(needsKit)).toEqual(['kit']);
  });

  it('gives a reordering of the EPLE kept, whatever the order, the scores and the rates', () => {
    const numbers = fc.array(fc.option(fc.integer({ min: 0, max: 100 })), {
      minLength: eples.length,
      maxLength: eples.length,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...EPLE_ORDERS),
        fc.boolean(),
        numbers,
        numbers,
        (order, inDifficulty, s, r) => {
          const difficultyScores = new Map(
            eples.flatMap((e, i) => (s[i] == null ? [] : [[e.uai, s[i]] as const])),
          );
          const options = {
            filter: { inDifficulty },
            difficultyScores,
            kitRate: (e: Eple) => r[eples.indexOf(e)],
          };
          const kept = uais(listEples(eples, { ...options, order: 'uai' }));
          expect(uais(listEples(eples, { ...options, order })).sort()).toEqual([...kept].sort());
        },
      ),
    );
  });
});
