import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from './date.js';
import type { Eple } from './eple.js';
import type { KitAction, KitEvent } from './kit.js';
import { finalizedCounts, KIT_BUCKET_LABELS, kitBucket, kitCompletion, waveKit } from './kit-progress.js';
import { makeUai } from './uai.js';
import type { Wave } from './wave.js';

const V6: Wave = { id: 'V6', number: 6, switchDate: '2024-01-01', plannedCount: 61, milestones: [] };

function eple(n: number, waveId = 'V6'): Eple {
  const uai = makeUai(String(800000 + n).padStart(7, '0'));
  return {
    uai,
    name: `Lycée ${n}`,
    kind: 'lgt',
    commune: 'Soissons',
    departement: '02',
    agenceUai: uai,
    waveId,
    createdOn: '2023-10-06',
  };
}

/** Ten actions: 3 for the head, 4 for the accountant, 2 for the fondé de pouvoir, 1 for the ADSI. */
const ACTIONS: KitAction[] = [
  ...['ce1', 'ce2', 'ce3'].map((id) => ({ id, actor: 'chef-etablissement' as const, label: id })),
  ...['ac1', 'ac2', 'ac3', 'ac4'].map((id) => ({ id, actor: 'agent-comptable' as const, label: id })),
  ...['fp1', 'fp2'].map((id) => ({ id, actor: 'fonde-de-pouvoir' as const, label: id })),
  { id: 'adsi1', actor: 'adsi', label: 'adsi1' },
];

const A = eple(1).uai;
const B = eple(2).uai;
const ev = (uai: string, actionId: string, on: string, kind: KitEvent['kind'] = 'finalized'): KitEvent => ({
  uai,
  actionId,
  kind,
  on,
});

describe('kitBucket', () => {
  it.each([
    [0, 10, 'below10'],
    [1, 10, 'from10To30'],
    [3, 10, 'from10To30'],
    [4, 10, 'above30'],
    [10, 10, 'above30'],
    [9, 100, 'below10'],
    [10, 100, 'from10To30'],
    [3, 100, 'below10'],
    [30, 100, 'from10To30'],
    [31, 100, 'above30'],
    [1, 11, 'below10'],
    [4, 13, 'above30'],
    [0, 0, 'below10'],
  ] as const)('%i / %i is %s', (finalized, total, bucket) => {
    expect(kitBucket(finalized, total)).toBe(bucket);
  });

  it('labels the buckets as the committee does', () => {
    expect(KIT_BUCKET_LABELS).toEqual({
      below10: 'moins de 10 %',
      from10To30: 'de 10 à 30 %',
      above30: 'plus de 30 %',
    });
  });
});

describe('finalizedCounts', () => {
  const kit = [ACTIONS.find((a) => a.id === 'ce1'), ACTIONS.find((a) => a.id === 'ac1')] as KitAction[];
  const counts = (events: KitEvent[], asOf: string) => finalizedCounts(events, kit, asOf);

  it('keeps an action finalized again after an undo', () => {
    const events = [
      ev(A, 'ce1', '2023-11-01'),
      ev(A, 'ce1', '2023-11-05', 'undone'),
      ev(A, 'ce1', '2023-11-09'),
    ];
    expect(counts(events, '2023-11-04').get(A)).toBe(1);
    expect(counts(events, '2023-11-05').get(A)).toBe(0);
    expect(counts(events, '2023-11-09').get(A)).toBe(1);
  });

  it('ignores events after the reference date and does not need sorted events', () => {
    const events = [
      ev(A, 'ac1', '2024-01-20'),
      ev(A, 'ce1', '2023-12-01', 'undone'),
      ev(A, 'ce1', '2023-11-01'),
    ];
    expect(counts(events, '2023-10-31')).toEqual(new Map());
    expect(counts(events, '2024-01-19')).toEqual(new Map([[A, 0]]));
    expect(counts(events, '2024-01-20')).toEqual(new Map([[A, 1]]));
  });

  it('lets the later event of the array win on the same day', () => {
    const undoLast = [ev(A, 'ce1', '2023-11-01'), ev(A, 'ce1', '2023-11-01', 'undone')];
    const finalizeLast = [ev(A, 'ce1', '2023-11-01', 'undone'), ev(A, 'ce1', '2023-11-01')];
    expect(counts(undoLast, '2023-12-01').get(A)).toBe(0);
    expect(counts(finalizeLast, '2023-12-01').get(A)).toBe(1);
  });

  it('keeps EPLE apart and ignores actions outside the kit', () => {
    const events = [
      ev(A, 'ce1', '2023-11-01'),
      ev(A, 'fp1', '2023-11-01'),
      ev(B, 'ce1', '2023-11-02'),
      ev(B, 'ce1', '2023-11-03', 'undone'),
      ev(B, 'ac1', '2023-11-03'),
    ];
    expect(counts(events, '2024-01-19')).toEqual(
      new Map([
        [A, 1],
        [B, 1],
      ]),
    );
  });
});

describe('kitCompletion', () => {
  const events = [
    ev(A, 'ce1', '2023-11-02'),
    ev(A, 'ce1', '2023-11-20'), // finalized again: still done since 2023-11-02
    ev(A, 'ce2', '2023-11-03'),
    ev(A, 'ce2', '2023-11-10', 'undone'),
    ev(A, 'ce2', '2023-12-01'),
    ev(A, 'ac1', '2023-12-04'),
    ev(A, 'fp1', '2024-01-25'), // after the reference date
    ev(A, 'unknown-action', '2023-11-01'),
    ev(B, 'ac2', '2023-11-01'), // another EPLE
  ];
  const result = kitCompletion(A, ACTIONS, events, '2024-01-19');

  it('counts the actions finalized as of the date', () => {
    expect(result.uai).toBe(A);
    expect(result.finalized).toBe(3);
    expect(result.total).toBe(10);
    expect(result.rate).toEqual({ numerator: 3, denominator: 10, percent: 30 });
    expect(result.bucket).toBe('from10To30');
  });

  it('gives the figures of each actor, in the kit order', () => {
    expect(result.byActor.map((p) => [p.actor, p.finalized, p.total, p.rate.percent])).toEqual([
      ['chef-etablissement', 2, 3, 66.66],
      ['agent-comptable', 1, 4, 25],
      ['fonde-de-pouvoir', 0, 2, 0],
      ['adsi', 0, 1, 0],
    ]);
  });

  it('dates each action from the finalization still in force', () => {
    const on = Object.fromEntries(result.actions.map((r) => [r.action.id, r.finalizedOn]));
    expect(on).toEqual({
      ce1: '2023-11-02',
      ce2: '2023-12-01',
      ce3: null,
      ac1: '2023-12-04',
      ac2: null,
      ac3: null,
      ac4: null,
      fp1: null,
      fp2: null,
      adsi1: null,
    });
  });

  it('agrees with finalizedCounts on what is finalized', () => {
    expect(finalizedCounts(events, ACTIONS, '2024-01-19').get(A) ?? 0).toBe(
      result.actions.filter((r) => r.finalizedOn).length,
    );
  });

  it('shows every actor even when the kit has none of its actions', () => {
    const empty = kitCompletion(A, [], events, '2024-01-19');
    expect(empty.total).toBe(0);
    expect(empty.rate.percent).toBeNull();
    expect(empty.bucket).toBe('below10');
    expect(empty.byActor.map((p) => p.rate.percent)).toEqual([null, null, null, null]);
  });
});

describe('waveKit', () => {
  const all = [eple(1), eple(2), eple(3), eple(4), eple(5, 'V7')];
  const [u1, u2, u3, u4, u5] = all.map((e) => e.uai) as [string, string, string, string, string];
  const finalized = new Map([
    [u1, 4], // 4 / 10: above 30 %
    [u2, 1], // 1 / 10: 10 % is included in the middle bucket
    [u3, 3], // 3 / 10: 30 % is included in the middle bucket
    [u5, 5], // another wave
  ]);

  it('sorts every EPLE of the wave into one bucket', () => {
    expect(waveKit(V6, all, ACTIONS, finalized, '2024-01-19')).toEqual({
      waveId: 'V6',
      eple: 4,
      actions: 10,
      buckets: { below10: 1, from10To30: 2, above30: 1 },
      epleByBucket: { below10: [u4], from10To30: [u2, u3].sort(), above30: [u1] },
    });
  });
});

describe('kit properties', () => {
  const day = fc.integer({ min: toEpochDay('2023-10-06'), max: toEpochDay('2024-03-31') }).map(fromEpochDay);
  const input = fc.record({
    eple: fc.array(fc.record({ n: fc.integer({ min: 0, max: 20 }), wave: fc.constantFrom('V6', 'V7') }), {
      maxLength: 30,
    }),
    events: fc.array(
      fc.record({
        n: fc.integer({ min: 0, max: 25 }),
        action: fc.constantFrom(...ACTIONS.map((a) => a.id), 'other'),
        kind: fc.constantFrom('finalized' as const, 'undone' as const),
        on: day,
      }),
      { maxLength: 200 },
    ),
    actionCount: fc.integer({ min: 0, max: ACTIONS.length }),
    asOf: day,
  });

  it('puts every EPLE of the wave in exactly one bucket', () => {
    fc.assert(
      fc.property(input, (x) => {
        const list = x.eple.map((e) => eple(e.n, e.wave));
        const events = x.events.map((e) => ev(eple(e.n).uai, e.action, e.on, e.kind));
        const actions = ACTIONS.slice(0, x.actionCount);
        const result = waveKit(V6, list, actions, finalizedCounts(events, actions, x.asOf), x.asOf);
        const inWave = list.filter((e) => e.waveId === 'V6').length;
        expect(result.buckets.below10 + result.buckets.from10To30 + result.buckets.above30).toBe(inWave);
        expect(result.eple).toBe(inWave);
        for (const e of list.filter((l) => l.waveId === 'V6')) {
          expect(kitCompletion(e.uai, actions, events, x.asOf).bucket).toSatisfy(
            (b: keyof typeof result.epleByBucket) => result.epleByBucket[b].includes(e.uai),
          );
        }
      }),
    );
  });
});
