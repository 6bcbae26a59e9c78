import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';
import { todayInParis } from './today.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const school = academieDemo.eple[0]?.uai as string;
const TRAINING = `query($wave: String!) { training(wave: $wave) { waveId summary { totals { groups pairs trainers } }
  tracks { id grouped } groups { id size track { id } trainers { id name } } } }`;
const PLAN = `mutation($wave: String!, $staff: [StaffCountInput!]!) { planTrainingGroups(wave: $wave, staff: $staff) {
  __typename ... on MutationPlanTrainingGroupsSuccess { data { summary { totals { groups pairs trainers } } groups { size }
    groupsLackingPair { id missingTrainers trainers { id } } } }
  ... on InvalidInput { issues { field code message } } } }`;
const v6Staff = academieDemo.training.staff
  .filter((s) => s.waveId === 'V6')
  .map(({ trackId, count }) => ({ trackId, count }));

describe('training through the API', () => {
  it("gives a wave's groups and trainer pairs; trainers' names to the académie's teams only", async () => {
    const staff = await demo.gql(TRAINING, { wave: 'V6' }, 'si2c');
    expect(staff.errors).toBeUndefined();
    expect(staff.data.training.summary.totals).toEqual({ groups: 10, pairs: 10, trainers: 20 });
    expect(staff.data.training.groups).toHaveLength(10);
    expect(staff.data.training.groups.every((g: any) => g.trainers.length === 2 && g.trainers[0].name)).toBe(
      true,
    );
    const schoolView = await demo.gql(TRAINING, { wave: 'V6' }, 'eple', [school]);
    expect(schoolView.errors).toBeUndefined();
    expect(schoolView.data.training.groups.flatMap((g: any) => g.trainers.map((t: any) => t.name))).toEqual(
      Array(20).fill(null),
    );
    const unknown = await demo.gql(TRAINING, { wave: 'V42' }, 'si2c');
    expect(unknown.errors?.[0]?.message).toMatch(/^wave: expected one of V1/);
  });

  it('plans groups from staff counts (SI2C, admin), naming groups lacking a pair, refusing bad counts field by field', async () => {
    const half = v6Staff.map((s) => ({ ...s, count: Math.floor(s.count / 2) }));
    for (const role of ['drasi', 'committee', 'eple'] as const) {
      const refused = await demo.gql(PLAN, { wave: 'V6', staff: half }, role, [school]);
      expect(refused.errors?.[0]?.message).toMatch(/not authorized/i);
    }
    const bad = await demo.gql(PLAN, { wave: 'V6', staff: [{ trackId: 'nope', count: -3 }] }, 'si2c');
    expect(bad.data.planTrainingGroups.__typename).toBe('InvalidInput');
    expect(bad.data.planTrainingGroups.issues.map((i: any) => i.field)).toEqual([
      'staff[0].trackId',
      'staff[0].count',
    ]);
    expect((await demo.gql(TRAINING, { wave: 'V6' }, 'si2c')).data.training.groups).toHaveLength(10);

    // More groups than the 20 volunteers can lead: planned all the same, the gaps named.
    const tooMany = await demo.gql(
      PLAN,
      { wave: 'V6', staff: v6Staff.map((s) => ({ ...s, count: s.count * 2 })) },
      'si2c',
    );
    const many = tooMany.data.planTrainingGroups.data;
    expect(many.summary.totals.trainers).toBe(20);
    expect(many.summary.totals.pairs).toBe(10);
    const lacking = many.groupsLackingPair;
    expect(lacking.length).toBe(many.summary.totals.groups - 10);
    expect(lacking.every((g: any) => g.missingTrainers === 2 - g.trainers.length)).toBe(true);
    expect(lacking.reduce((n: number, g: any) => n + g.missingTrainers, 0)).toBe(
      2 * many.summary.totals.groups - 20,
    );
    const planned = await demo.gql(PLAN, { wave: 'V6', staff: half }, 'si2c');
    expect(planned.data.planTrainingGroups.__typename).toBe('MutationPlanTrainingGroupsSuccess');
    const groups = planned.data.planTrainingGroups.data.summary.totals.groups;
    expect(groups).toBeLessThan(10);
    expect((await demo.gql(TRAINING, { wave: 'V6' }, 'committee')).data.training.groups).toHaveLength(groups);
    // Back to the académie's plan, so that other tests see the seed's figures.
    const back = await demo.gql(PLAN, { wave: 'V6', staff: v6Staff }, 'admin');
    expect(back.data.planTrainingGroups.data.summary.totals).toEqual({ groups: 10, pairs: 10, trainers: 20 });
  });

  it('gives the training as planned by a day, and dates a new plan on the day it is made', async () => {
    const AS_OF = `query($wave: String!, $asOf: Date) { training(wave: $wave, asOf: $asOf) {
      summary { totals { staff groups } } groups { id plannedOn } } }`;
    const v7 = async (asOf?: string) =>
      (await demo.gql(AS_OF, { wave: 'V7', asOf }, 'committee')).data.training;
    // V7's staff were counted in November 2023, its groups formed after the census of April 2024.
    const counted = await v7('2024-01-22');
    expect(counted.groups).toEqual([]);
    expect(counted.summary.totals.staff).toBeGreaterThan(0);
    const formed = await v7('2024-12-31');
    expect(formed.groups.length).toBeGreaterThan(0);
    expect(formed.summary.totals.staff).toBe(counted.summary.totals.staff);
    expect(await v7()).toEqual(formed);
    const bad = await demo.gql(AS_OF, { wave: 'V7', asOf: '2024-02-30' }, 'committee');
    expect(bad.errors?.length).toBeGreaterThan(0);

    const v9Staff = academieDemo.training.staff
      .filter((s) => s.waveId === 'V9')
      .map(({ trackId, count }) => ({ trackId, count }));
    const before = todayInParis();
    const planned = await demo.gql(PLAN, { wave: 'V9', staff: v9Staff }, 'si2c');
    const after = todayInParis();
    expect(planned.data.planTrainingGroups.__typename).toBe('MutationPlanTrainingGroupsSuccess');
    const days = new Set(
      (await demo.gql(AS_OF, { wave: 'V9' }, 'si2c')).data.training.groups.map((g: any) => g.plannedOn),
    );
    expect(days.size).toBe(1);
    expect([before, after]).toContain([...days][0]);
  });
});
