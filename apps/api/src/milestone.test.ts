import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const RECORD = `mutation($id: String, $wave: String!, $kind: String!, $label: String!, $dueOn: Date!, $doneOn: Date, $on: Date, $version: Int) {
  recordMilestone(id: $id, wave: $wave, kind: $kind, label: $label, dueOn: $dueOn, doneOn: $doneOn, on: $on, version: $version) {
    __typename
    ... on MutationRecordMilestoneSuccess { data { id waveId version state late daysLate doneOn history { on recordedBy } } }
    ... on InvalidInput { issues { field code } }
    ... on Conflict { issues { field code } }
  }
}`;
const LATE = 'query($asOf: Date) { lateMilestones(asOf: $asOf) { id waveId label daysLate late } }';
const FICHES = {
  id: 'V7-4',
  wave: 'V7',
  kind: 'other',
  label: 'Retour des fiches de recensement des personnels à former',
  dueOn: '2024-01-12',
};

describe('the waves’ calendars through the API', () => {
  it('lists the late milestones across waves as of a day, each with its identity and version', async () => {
    const answer = await demo.gql(LATE, { asOf: '2024-01-22' }, 'committee');
    expect(answer.data.lateMilestones).toEqual([
      { id: 'V7-4', waveId: 'V7', label: FICHES.label, daysLate: 10, late: true },
    ]);
    const waves = await demo.gql('{ waves(asOf: "2024-01-22") { milestones { id version } } }', {}, 'drasi');
    expect(waves.data.waves[6].milestones[3]).toEqual({ id: 'V7-4', version: 1 });
  });

  it('records a milestone done from the day it is decided: the past days keep their lateness', async () => {
    const done = await demo.gql(
      RECORD,
      { ...FICHES, doneOn: '2024-01-30', on: '2024-02-01', version: 1 },
      'drasi',
    );
    expect(done.data.recordMilestone).toMatchObject({
      __typename: 'MutationRecordMilestoneSuccess',
      data: { id: 'V7-4', waveId: 'V7', version: 2, state: 'done-late', late: false, daysLate: 18 },
    });
    expect(done.data.recordMilestone.data.history.map((c: any) => c.on)).toEqual([null, '2024-02-01']);
    expect((await demo.gql(LATE, { asOf: '2024-01-22' }, 'si2c')).data.lateMilestones).toHaveLength(1);
    expect((await demo.gql(LATE, { asOf: '2024-02-01' }, 'si2c')).data.lateMilestones).toEqual([]);
  });

  it('answers Conflict on a stale version and InvalidInput naming each field; nothing is written', async () => {
    const stale = await demo.gql(RECORD, { ...FICHES, on: '2024-02-02', version: 1 }, 'admin');
    expect(stale.data.recordMilestone).toEqual({
      __typename: 'Conflict',
      issues: [{ field: 'version', code: 'conflict' }],
    });
    const bad = await demo.gql(
      RECORD,
      { wave: 'V42', kind: 'party', label: ' ', dueOn: '2024-03-01', doneOn: '2024-03-02', on: '2024-03-01' },
      'admin',
    );
    expect(bad.data.recordMilestone.issues).toEqual([
      { field: 'milestone.waveId', code: 'unknown_reference' },
      { field: 'milestone.kind', code: 'invalid_format' },
      { field: 'milestone.label', code: 'required' },
      { field: 'milestone.doneOn', code: 'inconsistent' },
    ]);
    const waves = await demo.gql('{ waves { id milestones { id } } }', {}, 'admin');
    expect(waves.data.waves.find((w: any) => w.id === 'V8').milestones).toHaveLength(4);
  });

  it('adds a milestone at the end of the wave’s calendar, for admins and DRASI only', async () => {
    const added = await demo.gql(
      RECORD,
      { wave: 'V8', kind: 'reminder', label: 'Relance', dueOn: '2024-03-01', on: '2024-02-10' },
      'admin',
    );
    // The answer is the milestone as of the day the change was decided.
    expect(added.data.recordMilestone.data).toMatchObject({ id: 'V8-5', version: 1, state: 'upcoming' });
    const today = await demo.gql(LATE, {}, 'eple', ['0801234G']);
    expect(today.data.lateMilestones.map((m: any) => m.id)).toContain('V8-5');
    const refused = await demo.gql(
      RECORD,
      { wave: 'V8', kind: 'reminder', label: 'Relance', dueOn: '2024-03-01' },
      'si2c',
    );
    expect(refused.errors?.[0]?.message).toMatch(/not authorized/i);
  });
});
