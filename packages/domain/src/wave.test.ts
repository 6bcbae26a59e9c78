import { describe, expect, it } from 'vitest';
import type { Eple } from './eple.js';
import { makeUai } from './uai.js';
import {
  budgetMode,
  compareWaves,
  currentWave,
  hasSwitched,
  type Milestone,
  milestoneStatus,
  type Wave,
  waveCounts,
} from './wave.js';

// The académie's calendar as the committee of 22/01/2024 showed it.
const calendar: [string, string, number | null][] = [
  ['V1', '2021-01-01', 1],
  ['V2', '2022-01-01', 6],
  ['V3', '2022-09-01', 0],
  ['V4', '2023-01-01', 9],
  ['V5', '2023-09-01', 5],
  ['V6', '2024-01-01', 61],
  ['V7', '2024-09-01', 28],
  ['V8', '2025-01-01', 144],
  ['V9', '2025-09-01', null],
];
const waves: Wave[] = calendar.map(([id, switchDate, plannedCount]) => ({
  id,
  number: Number(id.slice(1)),
  switchDate,
  plannedCount,
  milestones: [],
}));
const wave = (id: string): Wave => waves.find((w) => w.id === id) as Wave;

const attached = (waveId: string, n: number): Eple[] =>
  Array.from({ length: n }, (_, i) => ({
    uai: makeUai(`002${String(i).padStart(4, '0')}`),
    name: `Collège ${i}`,
    kind: 'college',
    commune: 'Saint-Quentin',
    departement: '02',
    agenceUai: makeUai(`002${String(i).padStart(4, '0')}`),
    waveId,
    createdOn: '2023-06-01',
  }));

describe('compareWaves', () => {
  it('orders by bascule date, then by number', () => {
    const shuffled = [wave('V7'), wave('V2'), wave('V9'), wave('V1'), wave('V5')];
    expect(shuffled.sort(compareWaves).map((w) => w.id)).toEqual(['V1', 'V2', 'V5', 'V7', 'V9']);
    const twin = { ...wave('V6'), id: 'V10', number: 10 };
    expect(compareWaves(twin, wave('V6'))).toBeGreaterThan(0);
    expect(compareWaves(wave('V6'), wave('V6'))).toBe(0);
  });
});

describe('milestoneStatus', () => {
  const created: Milestone = {
    kind: 'eple-created',
    label: 'Création des EPLE dans op@le par le ministère',
    dueOn: '2024-06-01',
  };

  it('is upcoming before and on its due day', () => {
    expect(milestoneStatus(created, '2024-05-20')).toMatchObject({ state: 'upcoming', daysLate: 0 });
    expect(milestoneStatus(created, '2024-06-01')).toMatchObject({ state: 'upcoming', daysLate: 0 });
  });

  it('is late once its due day has passed, counting the days', () => {
    expect(milestoneStatus(created, '2024-06-15')).toEqual({ ...created, state: 'late', daysLate: 14 });
  });

  it('ignores a doneOn later than asOf', () => {
    const done = { ...created, doneOn: '2024-06-20' };
    expect(milestoneStatus(done, '2024-06-15')).toMatchObject({ state: 'late', daysLate: 14 });
    expect(milestoneStatus(done, '2024-06-25')).toMatchObject({ state: 'done-late', daysLate: 19 });
  });

  it('is done when done on or before its due day', () => {
    const v6Training: Milestone = {
      kind: 'first-training',
      label: 'Premier module de formation (webinaire inter-académique)',
      dueOn: '2023-11-09',
      doneOn: '2023-11-09',
    };
    expect(milestoneStatus(v6Training, '2024-01-22')).toMatchObject({ state: 'done', daysLate: 0 });
    expect(milestoneStatus({ ...v6Training, doneOn: '2023-11-01' }, '2024-01-22').state).toBe('done');
  });
});

describe('waveCounts', () => {
  it('shows the V5 gap: 5 planned, 6 attached', () => {
    const eple = [...attached('V5', 6), ...attached('V6', 3)];
    expect(waveCounts(wave('V5'), eple)).toEqual({
      plannedCount: 5,
      attachedCount: 6,
      mismatch: true,
      difference: 1,
    });
  });

  it('has no mismatch when the counts agree or no count was planned', () => {
    expect(waveCounts(wave('V3'), attached('V5', 2))).toEqual({
      plannedCount: 0,
      attachedCount: 0,
      mismatch: false,
      difference: 0,
    });
    expect(waveCounts(wave('V9'), attached('V9', 4))).toEqual({
      plannedCount: null,
      attachedCount: 4,
      mismatch: false,
      difference: null,
    });
  });
});

describe('hasSwitched and currentWave', () => {
  it('counts the bascule day as switched', () => {
    expect(hasSwitched(wave('V6'), '2023-12-31')).toBe(false);
    expect(hasSwitched(wave('V6'), '2024-01-01')).toBe(true);
  });

  it('finds the latest switched wave whatever the input order', () => {
    const reversed = [...waves].reverse();
    expect(currentWave(reversed, '2024-01-22')?.id).toBe('V6');
    expect(currentWave(reversed, '2024-09-01')?.id).toBe('V7');
    expect(currentWave(reversed, '2020-12-31')).toBeNull();
    expect(currentWave([], '2024-01-22')).toBeNull();
  });
});

describe('budgetMode', () => {
  it('prepares the budget in op@le for January waves, under GFC in op@le format otherwise', () => {
    expect(budgetMode(wave('V6'))).toBe('opale');
    expect(budgetMode(wave('V7'))).toBe('gfc-opale-format');
    expect(budgetMode(wave('V5'))).toBe('gfc-opale-format');
  });
});
