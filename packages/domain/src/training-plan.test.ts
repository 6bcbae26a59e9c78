import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainError, Result } from './result.js';
import type { Trainer, TrainingGroup, TrainingTrack } from './training.js';
import { planTraining, trainingSummary, validateStaffCount, validateTrainingTrack } from './training-plan.js';
import { waves } from './wave.fixture.js';
import type { Wave } from './wave.js';

// The five V6 tracks of the committee's slides.
const track = (id: string, label: string, grouped: boolean, presentialDays: number, remoteHours: number) => ({
  id,
  label,
  grouped,
  presentialDays,
  remoteHours,
});
const tracks: TrainingTrack[] = [
  track('ac', 'Agent comptable', true, 4, 12),
  track('ac-ag', 'Agent comptable et adjoint gestionnaire', true, 3, 12),
  track('sc-fp', 'Service comptable et fondé de pouvoir', true, 4, 9),
  track('sg', 'Service gestion', true, 3, 9),
  track('ordo', 'Ordonnateurs', false, 0.5, 0),
];
const plannedOn = '2023-10-02';
const v6Staff = [
  { trackId: 'ac', count: 18 },
  { trackId: 'ac-ag', count: 58 },
  { trackId: 'sc-fp', count: 41 },
  { trackId: 'sg', count: 83 },
  { trackId: 'ordo', count: 61 },
];
const trainers = (n: number): Trainer[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `T${i + 1}`,
    name: `Formateur ${i + 1}`,
    fromWave: ['V1', 'V2', 'V4'][i % 3] as string,
    trackIds: ['ac', 'ac-ag', 'sc-fp', 'sg'],
    unavailableWaves: [],
  }));

function errorsOf<T>(result: Result<T>): readonly DomainError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function plan(options: Partial<Parameters<typeof planTraining>[0]> = {}) {
  const result = planTraining({ waveId: 'V6', staff: v6Staff, plannedOn, tracks, waves, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('planTraining', () => {
  it('plans for one count per track, adding counts given twice for a track', () => {
    const { staff } = plan({
      staff: [
        { trackId: 'sg', count: 30 },
        { trackId: 'sg', count: 12 },
        { trackId: 'ac', count: 5 },
      ],
    });
    expect(staff).toEqual([
      { waveId: 'V6', trackId: 'sg', count: 42, plannedOn },
      { waveId: 'V6', trackId: 'ac', count: 5, plannedOn },
    ]);
  });

  it('gives V6 its 1, 3, 2 and 4 groups, 10 pairs and 20 trainers', () => {
    const { summary, trainersNeeded, trainersShort, groups } = plan({ trainers: trainers(20) });
    expect(summary.tracks.map((t) => [t.trackId, t.groups, t.staff])).toEqual([
      ['ac', 1, 18],
      ['ac-ag', 3, 58],
      ['sc-fp', 2, 41],
      ['sg', 4, 83],
      ['ordo', 0, 61],
    ]);
    expect(summary.totals).toEqual({ staff: 261, groups: 10, pairs: 10, trainers: 20 });
    expect(trainersNeeded).toBe(20);
    expect(trainersShort).toBe(0);
    expect(groups.filter((g) => g.trackId === 'sg').map((g) => g.size)).toEqual([21, 21, 21, 20]);
    expect(groups[1]).toEqual({
      id: 'V6-ac-ag-1',
      waveId: 'V6',
      trackId: 'ac-ag',
      size: 20,
      trainerIds: ['T3', 'T4'],
      plannedOn,
    });
  });

  it('plans the groups all the same when volunteers run out, and names those lacking a pair', () => {
    const { groups, trainersShort, summary, gaps } = plan({ trainers: trainers(15) });
    expect(trainersShort).toBe(5);
    expect(groups.at(-3)?.trainerIds).toEqual(['T15']);
    expect(groups.at(-1)?.trainerIds).toEqual([]);
    expect(gaps).toEqual([
      { groupId: 'V6-sg-2', trackId: 'sg', missing: 1 },
      { groupId: 'V6-sg-3', trackId: 'sg', missing: 2 },
      { groupId: 'V6-sg-4', trackId: 'sg', missing: 2 },
    ]);
    // The summary counts the pairs formed and the places filled, not those needed.
    expect(summary.tracks.find((t) => t.trackId === 'sg')).toMatchObject({
      groups: 4,
      pairs: 1,
      trainers: 3,
    });
    expect(summary.totals).toMatchObject({ groups: 10, pairs: 7, trainers: 15 });
  });

  it('makes no group for a track without staff and adds staff given twice', () => {
    const { summary } = plan({
      staff: [
        { trackId: 'sg', count: 0 },
        { trackId: 'ac', count: 10 },
        { trackId: 'ac', count: 12 },
      ],
    });
    expect(summary.tracks.find((t) => t.trackId === 'sg')?.groups).toBe(0);
    expect(summary.tracks.find((t) => t.trackId === 'ac')).toMatchObject({ staff: 22, groups: 1 });
  });

  it('adds groups when the target would overfill them', () => {
    // 29 / 20 rounds to one group of 29, above the maximum of 20.
    const { groups } = plan({ staff: [{ trackId: 'sg', count: 29 }], targetGroupSize: 20, maxGroupSize: 20 });
    expect(groups.map((g) => g.size)).toEqual([15, 14]);
  });

  it('names the bad fields', () => {
    const staff = [
      { trackId: 'ac', count: 18 },
      { trackId: 'compta', count: 3 },
      { trackId: 'sg', count: -4 },
      { trackId: 'sc-fp', count: 2.5 },
    ];
    const errors = errorsOf(planTraining({ waveId: 'V6', staff, plannedOn, tracks, waves }));
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['staff[1].trackId', 'unknown_reference'],
      ['staff[2].count', 'out_of_range'],
      ['staff[3].count', 'out_of_range'],
    ]);
    expect(errors[1]?.message).toContain('-4');
  });

  it.each([
    [{ targetGroupSize: 0 }, 'targetGroupSize'],
    [{ maxGroupSize: -1 }, 'maxGroupSize'],
    [{ targetGroupSize: 12.5 }, 'targetGroupSize'],
    [{ targetGroupSize: 30, maxGroupSize: 25 }, 'targetGroupSize'],
    [{ waveId: '' }, 'waveId'],
    [{ plannedOn: '2023-02-30' }, 'plannedOn'],
  ])('rejects %j', (options, field) => {
    expect(
      errorsOf(planTraining({ waveId: 'V6', staff: v6Staff, plannedOn, tracks, waves, ...options }))[0]
        ?.field,
    ).toBe(field);
  });

  it('spreads any staff count evenly within the bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (count, target, slack, available) => {
          const max = target + slack;
          const p = plan({
            staff: [{ trackId: 'sg', count }],
            targetGroupSize: target,
            maxGroupSize: max,
            trainers: trainers(available),
          });
          const sizes = p.groups.map((g) => g.size);
          expect(sizes.reduce((a, b) => a + b, 0)).toBe(count);
          if (sizes.length > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          for (const size of sizes) expect(size).toBeLessThanOrEqual(max);
          let expected = count === 0 ? 0 : Math.max(1, Math.round(count / target));
          while (count > 0 && Math.ceil(count / expected) > max) expected++;
          expect(sizes).toHaveLength(expected);
          const sg = p.summary.tracks.find((t) => t.trackId === 'sg');
          // Every volunteer may lead SG: complete pairs first, then one half pair at most.
          expect(sg?.pairs).toBe(Math.min(sizes.length, Math.floor(available / 2)));
          expect(sg?.trainers).toBe(Math.min(2 * sizes.length, available));
          expect(p.trainersNeeded).toBe(2 * p.groups.length);
          expect(p.trainersShort).toBe(Math.max(0, p.trainersNeeded - available));
        },
      ),
    );
  });
});

describe('trainingSummary', () => {
  const recorded: [string, string, number, string, string, string][] = [
    ['g1', 'ac', 17, 'T1', 'T2', 'V6'],
    ['g2', 'ac-ag', 20, 'T3', 'T4', 'V6'],
    ['g3', 'ac-ag', 19, 'T1', 'T2', 'V6'],
    ['g4', 'sg', 22, 'T5', 'T6', 'V7'],
  ];
  const groups = recorded.map(
    ([id, trackId, size, a, b, waveId]): TrainingGroup => ({
      id,
      waveId,
      trackId,
      size,
      trainerIds: [a, b],
      plannedOn: id === 'g3' ? '2023-11-20' : '2023-10-02',
    }),
  );
  const training = {
    tracks,
    trainers: trainers(6),
    groups,
    staff: [
      { waveId: 'V6', trackId: 'ac', count: 18, plannedOn: '2023-09-15' },
      { waveId: 'V6', trackId: 'sc-fp', count: 41, plannedOn: '2023-09-15' },
      { waveId: 'V6', trackId: 'ordo', count: 61, plannedOn: '2023-09-15' },
      { waveId: 'V7', trackId: 'sg', count: 30, plannedOn: '2024-03-04' },
    ],
  };

  it('counts the recorded groups of the wave, or the staff count before groups exist', () => {
    const summary = trainingSummary('V6', training);
    expect(summary.tracks.map((t) => [t.trackId, t.staff, t.groups, t.pairs, t.trainers])).toEqual([
      ['ac', 17, 1, 1, 2],
      ['ac-ag', 39, 2, 2, 4],
      ['sc-fp', 41, 0, 0, 0],
      ['sg', 0, 0, 0, 0],
      ['ordo', 61, 0, 0, 0],
    ]);
    expect(summary.tracks[4]).toMatchObject({ label: 'Ordonnateurs', grouped: false, presentialDays: 0.5 });
    expect(summary.totals).toEqual({ staff: 158, groups: 3, pairs: 3, trainers: 4 });
    expect(summary.asOf).toBeNull();
  });

  it('as of a day, counts only the groups and staff counts planned by that day', () => {
    // g3 is planned on 20/11/2023: the day before, AC-AG has one group; V7's count comes in March 2024.
    const before = trainingSummary('V6', training, '2023-11-19');
    expect(before.asOf).toBe('2023-11-19');
    expect(before.tracks.map((t) => [t.trackId, t.staff, t.groups])).toEqual([
      ['ac', 17, 1],
      ['ac-ag', 20, 1],
      ['sc-fp', 41, 0],
      ['sg', 0, 0],
      ['ordo', 61, 0],
    ]);
    expect(trainingSummary('V6', training, '2023-11-20').totals).toEqual(
      trainingSummary('V6', training).totals,
    );
    expect(trainingSummary('V7', training, '2024-03-03').totals.staff).toBe(22);
    expect(trainingSummary('V6', training, '2023-09-14').totals).toEqual({
      staff: 0,
      groups: 0,
      pairs: 0,
      trainers: 0,
    });
  });

  it('plans every group and staff count on the day of the plan', () => {
    const p = plan({ plannedOn: '2024-05-13' });
    expect(new Set([...p.groups, ...p.staff].map((x) => x.plannedOn))).toEqual(new Set(['2024-05-13']));
  });

  it('is empty for a wave without records', () => {
    expect(trainingSummary('V8', training).totals).toEqual({ staff: 0, groups: 0, pairs: 0, trainers: 0 });
  });
});

describe('validateStaffCount', () => {
  const ctx = {
    waves: new Map<string, Wave>([
      ['V6', { id: 'V6', number: 6, switchDate: '2024-01-01', plannedCount: 61, milestones: [] }],
    ]),
    tracks: new Map(tracks.map((t) => [t.id, t])),
  };

  it('accepts a staff count of a known wave and track', () => {
    const staff = { waveId: 'V6', trackId: 'sg', count: 83, plannedOn: '2023-09-15' };
    expect(validateStaffCount(staff, ctx)).toEqual({ ok: true, value: staff });
  });

  it('wants the day the count was planned', () => {
    const errors = errorsOf(validateStaffCount({ waveId: 'V6', trackId: 'sg', count: 83 }, ctx));
    expect(errors.map((e) => [e.field, e.code])).toEqual([['staff.plannedOn', 'invalid_date']]);
  });

  it('rejects a negative staff count', () => {
    const [error] = errorsOf(
      validateStaffCount(
        { waveId: 'V6', trackId: 'sg', count: -3, plannedOn: '2023-09-15' },
        ctx,
        'training.staff[0]',
      ),
    );
    expect(error).toMatchObject({ field: 'training.staff[0].count', code: 'out_of_range' });
    expect(error?.message).toContain('≥ 0');
  });

  it('rejects an unknown wave or track', () => {
    const errors = errorsOf(
      validateStaffCount({ waveId: 'V42', trackId: 'compta', count: 3, plannedOn: '2023-09-15' }, ctx),
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['staff.waveId', 'unknown_reference'],
      ['staff.trackId', 'unknown_reference'],
    ]);
    expect(errors[0]?.message).toContain('unknown wave V42: expected one of V6');
  });

  it.each([[null], [12], ['V6']])('returns an error for %j without throwing', (input) => {
    expect(errorsOf(validateStaffCount(input, ctx))[0]).toMatchObject({
      field: 'staff',
      code: 'invalid_format',
    });
  });
});

describe('validateTrainingTrack', () => {
  it('accepts the V6 tracks, half a day included', () => {
    for (const track of tracks) expect(validateTrainingTrack(track)).toEqual({ ok: true, value: track });
  });

  it('names every bad field', () => {
    const errors = errorsOf(
      validateTrainingTrack({ id: '', label: 'SG', grouped: 'yes', presentialDays: -1, remoteHours: '9' }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'track.id',
      'track.grouped',
      'track.presentialDays',
      'track.remoteHours',
    ]);
  });

  it.each([[null], [3], [[]]])('returns an error for %j without throwing', (input) => {
    expect(errorsOf(validateTrainingTrack(input))[0]).toMatchObject({
      field: 'track',
      code: 'invalid_format',
    });
  });
});
