import { addDays } from '@opale/domain';
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
// The admin's changes keep the lists of past days: the days here are counted from the API's today.
const TODAY = todayInParis();
const day = (n: number) => addDays(TODAY, n);
const LIST = `query($asOf: Date) { resources(asOf: $asOf) { id kind title url mail itopPrefix audience activeFrom activeUntil version } }`;
const RECORD = `mutation($id: String!, $url: String, $audience: [Role!]!, $version: Int, $from: Date) {
  recordResource(id: $id, title: "Permanence SI2C", kind: expert, description: "Le mardi.", url: $url,
    audience: $audience, activeFrom: $from, version: $version) {
  __typename ... on MutationRecordResourceSuccess { data { id version } }
  ... on InvalidInput { issues { field code } } ... on Conflict { issues { field code } } } }`;
const RETIRE = `mutation($on: Date!, $version: Int!) { retireResource(id: "permanence", on: $on, version: $version) {
  __typename ... on MutationRetireResourceSuccess { data { activeUntil version } } ... on InvalidInput { issues { field } } } }`;
const ids = async (asOf: string, role: 'eple' | 'si2c' | 'committee') =>
  (await demo.gql(LIST, { asOf }, role, role === 'eple' ? [school] : undefined)).data.resources.map(
    (x: { id: string }) => x.id,
  );

describe('support resources through the API', () => {
  it('give a school user, on the committee day, what the slides name, with how to reach each', async () => {
    const answer = await demo.gql(LIST, { asOf: '2024-01-22' }, 'eple', [school]);
    expect(answer.errors).toBeUndefined();
    const list = answer.data.resources;
    expect(list.map((x: { kind: string }) => x.kind)).toEqual([
      'portal',
      'tool',
      'tool',
      'community',
      'community',
      'chat',
      'tutoring',
      'expert',
    ]);
    expect(list.at(-1)).toMatchObject({ mail: 'si2c-opale@ac-lille.fr', itopPrefix: 'SI2C', version: 1 });
    expect(list.find((x: { id: string }) => x.id === 'tribu-mf2').url).toMatch(/^https:\/\//);
    expect(await ids('2023-08-31', 'eple')).not.toContain('expert-budgetaire');
  });

  it('lets the admin add, change and retire one, field errors and stale versions answered as such', async () => {
    const from = day(10);
    const bad = await demo.gql(
      RECORD,
      { id: 'permanence', url: 'http://x.fr', audience: ['si2c'], from },
      'admin',
    );
    expect(bad.data.recordResource).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'resource.url', code: 'invalid_format' }],
    });
    // Yesterday's list stays as it was: a new resource starts today or later.
    const past = await demo.gql(RECORD, { id: 'ancienne', audience: ['si2c'], from: day(-1) }, 'admin');
    expect(past.data.recordResource).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'resource.activeFrom', code: 'out_of_range' }],
    });
    const added = await demo.gql(RECORD, { id: 'permanence', audience: ['si2c'], from }, 'admin');
    expect(added.data.recordResource.data).toEqual({ id: 'permanence', version: 1 });
    // It serves SI2C only: school users never see it; the académie's other roles do.
    expect(await ids(from, 'si2c')).toContain('permanence');
    expect(await ids(from, 'committee')).toContain('permanence');
    expect(await ids(from, 'eple')).not.toContain('permanence');
    expect(await ids(day(9), 'si2c')).not.toContain('permanence');

    const changed = await demo.gql(
      RECORD,
      { id: 'permanence', audience: ['si2c', 'eple'], version: 1, from },
      'admin',
    );
    expect(changed.data.recordResource.data).toEqual({ id: 'permanence', version: 2 });
    const stale = await demo.gql(RECORD, { id: 'permanence', audience: ['eple'], version: 1, from }, 'admin');
    expect(stale.data.recordResource).toEqual({
      __typename: 'Conflict',
      issues: [{ field: 'version', code: 'conflict' }],
    });

    const early = await demo.gql(RETIRE, { on: day(5), version: 2 }, 'admin');
    expect(early.data.retireResource).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'resource.activeUntil' }],
    });
    const retired = await demo.gql(RETIRE, { on: day(20), version: 2 }, 'admin');
    expect(retired.data.retireResource.data).toEqual({ activeUntil: day(20), version: 3 });
    expect(await ids(day(19), 'eple')).toContain('permanence');
    expect(await ids(day(20), 'eple')).not.toContain('permanence');
  });
});
