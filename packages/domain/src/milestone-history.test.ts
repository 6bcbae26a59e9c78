import { describe, expect, it } from 'vitest';
import {
  calendarAsOf,
  changesInEffect,
  fieldsOf,
  findMilestone,
  lateMilestones,
  milestoneAsOf,
  validateMilestoneInput,
} from './milestone-history.js';
import { wave } from './wave.fixture.js';
import type { Milestone, MilestoneChange, Wave } from './wave.js';

const by = { recordedBy: 'drasi:test', recordedAt: '2024-01-01T08:00:00.000Z' };
const change = (
  on: string | undefined,
  dueOn: string,
  doneOn?: string,
  label = 'Création',
): MilestoneChange => ({
  on,
  kind: 'eple-created',
  label,
  dueOn,
  doneOn,
  ...by,
});
const withHistory = (history: MilestoneChange[]): Milestone => ({
  id: 'V6-2',
  version: history.length,
  history,
  ...fieldsOf(changesInEffect(history).at(-1) as MilestoneChange),
});

describe('milestoneAsOf', () => {
  const m = withHistory([
    change('2023-06-01', '2023-10-06'),
    change('2023-10-20', '2023-10-06', '2023-10-11'),
    change('2023-09-01', '2023-10-13'),
  ]);

  it('applies only the changes decided on or before the day', () => {
    expect(milestoneAsOf(m, '2023-05-31')).toBeNull();
    expect(milestoneAsOf(m, '2023-06-01')?.dueOn).toBe('2023-10-06');
    // Recorded last, decided in September: it counts from September on.
    expect(milestoneAsOf(m, '2023-09-15')?.dueOn).toBe('2023-10-13');
    expect(milestoneAsOf(m, '2023-10-20')).toMatchObject({ dueOn: '2023-10-06', doneOn: '2023-10-11' });
  });

  it('keeps what it was on a past day when a later change arrives', () => {
    const before = milestoneAsOf(m, '2023-10-15');
    const later = withHistory([...(m.history ?? []), change('2023-11-01', '2023-12-01', undefined, 'Autre')]);
    expect(milestoneAsOf(later, '2023-10-15')).toEqual({ ...before, version: 4, history: later.history });
  });

  it('takes a milestone without history as known from the origin', () => {
    const plain: Milestone = { kind: 'bascule', label: 'Bascule', dueOn: '2024-01-01' };
    expect(milestoneAsOf(plain, '2000-01-01')).toBe(plain);
    expect(milestoneAsOf(withHistory([change(undefined, '2024-01-01')]), '2000-01-01')).not.toBeNull();
  });
});

describe('calendarAsOf and lateMilestones', () => {
  const v6: Wave = {
    ...wave('V6'),
    milestones: [
      { kind: 'eple-informed', label: 'Information des EPLE', dueOn: '2023-06-05', doneOn: '2023-06-07' },
      withHistory([change('2023-06-01', '2023-10-06'), change('2023-10-20', '2023-10-06', '2023-10-11')]),
      { kind: 'first-training', label: 'Premier module', dueOn: '2023-11-09' },
    ],
  };

  it('finds a milestone of the records by its id or its position', () => {
    expect(findMilestone([v6], 'V6-2')?.milestone.version).toBe(2);
    expect(findMilestone([v6], 'V6-3')?.milestone.label).toBe('Premier module');
    expect(findMilestone([v6], 'V6-4')).toBeUndefined();
  });

  it('names every milestone, by its id or its position, without its bookkeeping', () => {
    expect(calendarAsOf(v6, '2023-12-01')[1]).toEqual({
      id: 'V6-2',
      kind: 'eple-created',
      label: 'Création',
      dueOn: '2023-10-06',
      doneOn: '2023-10-11',
    });
    expect(calendarAsOf(v6, '2023-12-01').map((m) => m.id)).toEqual(['V6-1', 'V6-2', 'V6-3']);
    expect(calendarAsOf(v6, '2023-05-01').map((m) => m.id)).toEqual(['V6-1', 'V6-3']);
  });

  it('lists what is late as of the day, done late or not yet', () => {
    const late = lateMilestones([v6], '2023-10-15');
    expect(late.map((l) => [l.waveId, l.milestone.label, l.milestone.daysLate])).toEqual([
      ['V6', 'Création', 9],
    ]);
    // The done day recorded on 20/10 does not reach back to the 15th.
    expect(lateMilestones([v6], '2023-10-21').map((l) => l.milestone.label)).toEqual([]);
    expect(lateMilestones([v6], '2023-11-10').map((l) => [l.milestone.label, l.milestone.daysLate])).toEqual([
      ['Premier module', 1],
    ]);
  });
});

describe('validateMilestoneInput', () => {
  const context = { waves: new Set(['V6', 'V7']), today: '2024-01-22' };
  const good = { waveId: 'v6', kind: 'reminder', label: ' Relance ', dueOn: '2023-11-07', on: '2023-11-01' };

  it('accepts a new milestone, normalising the wave and the label', () => {
    expect(validateMilestoneInput(good, context)).toEqual({
      ok: true,
      value: {
        waveId: 'V6',
        kind: 'reminder',
        label: 'Relance',
        dueOn: '2023-11-07',
        doneOn: undefined,
        on: '2023-11-01',
      },
    });
  });

  it('names every bad field and what was expected', () => {
    const r = validateMilestoneInput(
      {
        id: '',
        waveId: 'V10',
        kind: 'party',
        label: ' ',
        dueOn: '07/11/2023',
        doneOn: '2023-11-08',
        on: '2024-02-01',
      },
      context,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['milestone.id', 'required'],
      ['milestone.waveId', 'unknown_reference'],
      ['milestone.kind', 'invalid_format'],
      ['milestone.label', 'required'],
      ['milestone.dueOn', 'invalid_date'],
      ['milestone.on', 'out_of_range'],
    ]);
    expect(r.errors[1]?.message).toBe('milestone.waveId: expected one of V6, V7, got "V10"');
  });

  it('refuses a done day after the day the change is decided, and a label too long', () => {
    const r = validateMilestoneInput({ ...good, doneOn: '2023-11-02', label: 'x'.repeat(201) }, context);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'milestone.label: expected at most 200 characters, got 201',
      'milestone.doneOn: expected a day on or before the day the change is decided (2023-11-01), got 2023-11-02',
    ]);
    expect(validateMilestoneInput({ ...good, doneOn: '2023-10-30' }, context).ok).toBe(true);
  });
});
