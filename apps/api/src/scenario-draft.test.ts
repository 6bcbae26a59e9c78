import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, demoApi } from './api.fixture.js';
import { todayInParis } from './today.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const SAVE = `mutation($name: String!, $scenario: ScenarioInput!, $id: String, $version: Int) {
  saveScenarioDraft(name: $name, scenario: $scenario, id: $id, version: $version) {
    __typename
    ... on MutationSaveScenarioDraftSuccess { data { id name version createdBy switchDates { waveId switchDate } } }
    ... on InvalidInput { issues { field code } }
    ... on Conflict { issues { field code } }
  }
}`;
const APPLY = `mutation($id: String!, $version: Int!) {
  applyScenarioDraft(id: $id, version: $version) {
    __typename
    ... on MutationApplyScenarioDraftSuccess { data { moves switchDates draft { appliedBy version } } }
    ... on InvalidInput { issues { field code } }
    ... on Conflict { issues { field code } }
  }
}`;
const V7 = '{ waves { id switchDate } }';

describe('the drafts of the re-planning page through the API', () => {
  it('saves a draft, lists it, and lets an admin apply it to the records once', async () => {
    const scenario = { switchDates: [{ waveId: 'V7', switchDate: '2025-01-06' }] };
    const saved = await demo.gql(SAVE, { name: 'V7 en janvier', scenario }, 'drasi');
    const draft = saved.data.saveScenarioDraft.data;
    expect(draft).toMatchObject({ name: 'V7 en janvier', version: 1, switchDates: scenario.switchDates });
    const listed = await demo.gql('{ scenarioDrafts { id name appliedAt } }', {}, 'committee');
    expect(listed.data.scenarioDrafts).toEqual([{ id: draft.id, name: 'V7 en janvier', appliedAt: null }]);

    const stale = await demo.gql(APPLY, { id: draft.id, version: 0 }, 'admin');
    expect(stale.data.applyScenarioDraft.__typename).toBe('Conflict');
    const applied = await demo.gql(APPLY, { id: draft.id, version: 1 }, 'admin');
    expect(applied.data.applyScenarioDraft.data).toMatchObject({
      moves: 0,
      switchDates: 1,
      draft: { version: 2 },
    });
    const waves = await demo.gql(V7, {}, 'admin');
    expect(waves.data.waves.find((w: { id: string }) => w.id === 'V7').switchDate).toBe('2025-01-06');
    const again = await demo.gql(APPLY, { id: draft.id, version: 2 }, 'admin');
    expect(again.data.applyScenarioDraft).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'id', code: 'inconsistent' }],
    });
  });

  it('moves an EPLE from today on: its history says so, and the days before keep the plan they had', async () => {
    const moved = academieDemo.eple.find((e) => e.waveId === 'V7')?.uai as string;
    const committee = `{ committeeReport(asOf: "2024-01-22") { waves { id counts { attachedCount } budget { total } } } }`;
    const before = await demo.gql(committee, {}, 'committee');
    const scenario = { moves: [{ uai: moved, toWave: 'V8' }] };
    const saved = await demo.gql(SAVE, { name: 'Un collège en V8', scenario }, 'si2c');
    const applied = await demo.gql(APPLY, { id: saved.data.saveScenarioDraft.data.id, version: 1 }, 'admin');
    expect(applied.data.applyScenarioDraft.data.moves).toBe(1);

    expect(await demo.gql(committee, {}, 'committee')).toEqual(before);
    const history = await demo.gql(
      `{ eple(uai: "${moved}") { waveId waveHistory { from to on recordedBy } } }`,
      {},
      'si2c',
    );
    expect(history.data.eple).toEqual({
      waveId: 'V8',
      waveHistory: [{ from: 'V7', to: 'V8', on: todayInParis(), recordedBy: 'admin:admin' }],
    });
    const listed = (asOf: string) =>
      demo.gql(`{ eples(wave: "V7", asOf: "${asOf}", first: 100) { edges { node { uai } } } }`, {}, 'si2c');
    const uais = (a: Answer) => a.data.eples.edges.map((x: { node: { uai: string } }) => x.node.uai);
    expect(uais(await listed('2024-01-22'))).toContain(moved);
    expect(uais(await listed(todayInParis()))).not.toContain(moved);
  });

  it('refuses a draft that names an unknown wave, naming the field', async () => {
    const scenario = { switchDates: [{ waveId: 'V99', switchDate: '2025-01-06' }] };
    const refused = await demo.gql(SAVE, { name: 'Vague inconnue', scenario }, 'si2c');
    expect(refused.data.saveScenarioDraft).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'scenario.switchDates[0].waveId', code: 'unknown_reference' }],
    });
  });
});
