import { describe, expect, it } from 'vitest';
import { wave, waves } from './wave.fixture.js';
import {
  budgetMode,
  compareWaves,
  currentWave,
  hasSwitched,
  type Milestone,
  milestoneStatus,
} from './wave.js';

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
    expect(milestoneStatus(done, '2024-06-15')).toEqual({ ...created, state: 'late', daysLate: 14 });
    expect(milestoneStatus(done, '2024-05-20')).toEqual({ ...created, state: 'upcoming', daysLate: 0 });
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
