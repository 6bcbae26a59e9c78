import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Trainer, TrainingGroup } from './training.js';
import { canLeadGroup, staffGroups } from './training-staffing.js';
import { waves } from './wave.fixture.js';

const TRACKS = ['ac', 'ac-ag', 'sc-fp', 'sg'];
const trainer = (
  id: string,
  fromWave: string,
  trackIds = TRACKS,
  unavailableWaves: string[] = [],
): Trainer => ({
  id,
  name: `Formateur ${id}`,
  fromWave,
  trackIds,
  unavailableWaves,
});
const group = (id: string, trackId: string, waveId = 'V6'): TrainingGroup => ({
  id,
  waveId,
  trackId,
  size: 20,
  trainerIds: [],
  plannedOn: '2023-10-02',
});

describe('canLeadGroup', () => {
  it('needs an earlier wave, the track and the trainer available for the wave', () => {
    expect(canLeadGroup(trainer('A', 'V4'), 'sg', 'V6', waves)).toBe(true);
    expect(canLeadGroup(trainer('A', 'V6'), 'sg', 'V6', waves)).toBe(false);
    expect(canLeadGroup(trainer('A', 'V7'), 'sg', 'V6', waves)).toBe(false);
    expect(canLeadGroup(trainer('A', 'V4', ['ac']), 'sg', 'V6', waves)).toBe(false);
    expect(canLeadGroup(trainer('A', 'V4', TRACKS, ['V6']), 'sg', 'V6', waves)).toBe(false);
    expect(canLeadGroup(trainer('A', 'V4', TRACKS, ['V6']), 'sg', 'V7', waves)).toBe(true);
    expect(canLeadGroup(trainer('A', 'V42'), 'sg', 'V6', waves)).toBe(false);
  });
});

describe('staffGroups', () => {
  it('keeps the versatile trainers for the tracks few can lead', () => {
    // Taken in order, A would go to the SG group and the AC group would lack a trainer.
    const trainers = [trainer('A', 'V2'), trainer('B', 'V2', ['sg']), trainer('C', 'V1', ['ac'])];
    const { groups, gaps } = staffGroups([group('g1', 'sg'), group('g2', 'ac')], {
      waveId: 'V6',
      waves,
      trainers: [...trainers, trainer('D', 'V4', ['sg'])],
    });
    expect(groups.map((g) => g.trainerIds)).toEqual([
      ['B', 'D'],
      ['C', 'A'],
    ]);
    expect(gaps).toEqual([]);
  });

  it('names the groups lacking one or two trainers, complete pairs first', () => {
    const { groups, gaps } = staffGroups([group('g1', 'sg'), group('g2', 'sg'), group('g3', 'ac')], {
      waveId: 'V6',
      waves,
      trainers: [trainer('A', 'V2', ['sg']), trainer('B', 'V2', ['sg']), trainer('C', 'V4', ['sg'])],
    });
    expect(groups.map((g) => g.trainerIds)).toEqual([['A', 'B'], ['C'], []]);
    expect(gaps).toEqual([
      { groupId: 'g2', trackId: 'sg', missing: 1 },
      { groupId: 'g3', trackId: 'ac', missing: 2 },
    ]);
  });

  it('keeps the pairs of the groups as recorded when they still fit', () => {
    const trainers = ['A', 'B', 'C', 'D'].map((id) => trainer(id, 'V2'));
    const previous = [
      { id: 'g1', trainerIds: ['D', 'C'] },
      { id: 'g2', trainerIds: ['B', 'A'] },
    ];
    const { groups } = staffGroups([group('g1', 'sg'), group('g2', 'sg')], {
      waveId: 'V6',
      waves,
      trainers,
      previous,
    });
    expect(groups.map((g) => g.trainerIds)).toEqual([
      ['D', 'C'],
      ['B', 'A'],
    ]);
    const unavailable = trainers.map((t) => (t.id === 'D' ? { ...t, unavailableWaves: ['V6'] } : t));
    const again = staffGroups([group('g1', 'sg'), group('g2', 'sg')], {
      waveId: 'V6',
      waves,
      trainers: unavailable,
      previous,
    });
    expect(again.groups.map((g) => g.trainerIds)).toEqual([['C'], ['B', 'A']]);
  });

  const arbitraryTrainers = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRST'.split('')),
      fromWave: fc.constantFrom('V1', 'V2', 'V4', 'V6', 'V7'),
      trackIds: fc.subarray(TRACKS, { minLength: 1 }),
      unavailableWaves: fc.subarray(['V6', 'V7', 'V8']),
    }),
    { selector: (t) => t.id, maxLength: 20 },
  );
  const arbitraryGroups = fc.array(fc.constantFrom(...TRACKS), { maxLength: 12 });

  it('never gives a trainer two groups of a wave, nor a group they may not lead, and fills what it can', () => {
    fc.assert(
      fc.property(
        arbitraryTrainers,
        arbitraryGroups,
        fc.constantFrom('V6', 'V7', 'V8'),
        (raw, trackIds, waveId) => {
          const trainers = raw.map((t) => ({ ...t, name: t.id }));
          const groups = trackIds.map((trackId, i) => group(`g${i}`, trackId, waveId));
          const options = { waveId, waves, trainers };
          const staffed = staffGroups(groups, options);
          const ids = staffed.groups.flatMap((g) => g.trainerIds);
          expect(new Set(ids).size).toBe(ids.length);
          for (const g of staffed.groups) {
            expect(g.trainerIds.length).toBeLessThanOrEqual(2);
            for (const id of g.trainerIds) {
              const t = trainers.find((x) => x.id === id) as Trainer;
              expect(canLeadGroup(t, g.trackId, waveId, waves)).toBe(true);
            }
            // A place left empty has no free trainer who could take it.
            if (g.trainerIds.length < 2) {
              const free = trainers.filter(
                (t) => !ids.includes(t.id) && canLeadGroup(t, g.trackId, waveId, waves),
              );
              expect(free).toEqual([]);
            }
          }
          expect(staffed.gaps.map((x) => x.groupId)).toEqual(
            staffed.groups.filter((g) => g.trainerIds.length < 2).map((g) => g.id),
          );
          expect(staffGroups(groups, options)).toEqual(staffed);
        },
      ),
    );
  });
});
