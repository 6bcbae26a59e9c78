import { committeeReport } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const v6 = academieDemo.eple.filter((e) => e.waveId === 'V6');
const school = v6[0]?.uai as string;
const other = v6[1]?.uai as string;
const PAGE = `query($wave: String, $first: Int, $after: String) { eples(wave: $wave, first: $first, after: $after, orderBy: name) {
  edges { cursor node { id uai name kit(asOf: "2024-01-22") { finalized total bucket byActor { actor finalized } } } } pageInfo { hasNextPage endCursor } } }`;

describe('EPLE through the API', () => {
  it("pages a wave's EPLE with their kit as of a day", async () => {
    const first = await demo.gql(PAGE, { wave: 'V6', first: 40 }, 'committee');
    expect(first.errors).toBeUndefined();
    expect(first.data.eples.edges).toHaveLength(40);
    const rest = await demo.gql(
      PAGE,
      { wave: 'V6', first: 40, after: first.data.eples.pageInfo.endCursor },
      'committee',
    );
    expect(rest.data.eples.edges).toHaveLength(21);
    const buckets = [...first.data.eples.edges, ...rest.data.eples.edges].map((e: any) => e.node.kit.bucket);
    expect(buckets.filter((b: string) => b === 'above30')).toHaveLength(15);
    expect(buckets.filter((b: string) => b === 'below10')).toHaveLength(16);
  });

  it('shows a school user their own school only, by list and by node', async () => {
    const own = await demo.gql(PAGE, { first: 100 }, 'eple', [school]);
    expect(own.data.eples.edges.map((e: any) => e.node.uai)).toEqual([school]);
    const ids = (await demo.gql(PAGE, { wave: 'V6', first: 2 }, 'si2c')).data.eples.edges.map(
      (e: any) => e.node.id,
    );
    const nodes = await demo.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Eple { uai } } }',
      { ids },
      'eple',
      [school],
    );
    expect(nodes.data.nodes.filter((n: any) => n !== null).every((n: any) => n.uai === school)).toBe(true);
  });

  it('records kit actions, budgets and follow-ups by role, with typed errors', async () => {
    const KIT = `mutation($uai: String!, $action: String!) { recordKitAction(uai: $uai, actionId: $action, change: finalized, on: "2024-01-23") {
      __typename ... on MutationRecordKitActionSuccess { data { finalized } } ... on InvalidInput { issues { field code } } } }`;
    const action = academieDemo.kit.actions.at(-1)?.id;
    const before = (await demo.gql('query($uai: ID!) { node(id: $uai) { id } }', { uai: 'x' }, 'si2c')).data;
    expect(before?.node ?? null).toBeNull();
    const own = await demo.gql(KIT, { uai: school, action }, 'eple', [school]);
    expect(own.data.recordKitAction.__typename).toBe('MutationRecordKitActionSuccess');
    const notMine = await demo.gql(KIT, { uai: other, action }, 'eple', [school]);
    expect(notMine.data.recordKitAction).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'uai', code: 'rule_violation' }],
    });
    const unknown = await demo.gql(KIT, { uai: school, action: 'ZZ-99' }, 'si2c');
    expect(unknown.data.recordKitAction).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'event.actionId', code: 'unknown_reference' }],
    });
    const drasi = await demo.gql(KIT, { uai: school, action }, 'drasi');
    expect(drasi.errors?.[0]?.message).toMatch(/Not authorized/);
    const FOLLOW = `mutation($uai: String!) { recordFollowUp(uai: $uai, kind: "visio", note: "Visio ciblée : budget", on: "2024-01-23") { __typename ... on MutationRecordFollowUpSuccess { data { kind by } } } }`;
    expect((await demo.gql(FOLLOW, { uai: school }, 'drasi')).data.recordFollowUp.data).toEqual({
      kind: 'visio',
      by: 'drasi:drasi',
    });
    expect((await demo.gql(FOLLOW, { uai: school }, 'committee')).errors?.[0]?.message).toMatch(
      /Not authorized/,
    );
    const BUDGET = `mutation($uai: String!, $on: Date!) { recordBudgetExecutoire(uai: $uai, exercise: 2024, on: $on) { __typename ... on InvalidInput { issues { field code } } } }`;
    expect(
      (await demo.gql(BUDGET, { uai: school, on: '2024-02-01' }, 'si2c')).data.recordBudgetExecutoire
        .__typename,
    ).toBe('MutationRecordBudgetExecutoireSuccess');
    expect(
      (await demo.gql(BUDGET, { uai: school, on: '2020-01-01' }, 'si2c')).data.recordBudgetExecutoire.issues,
    ).toEqual([{ field: 'budget.executoireOn', code: 'rule_violation' }]);
  });

  it('gives one EPLE with its budget, tickets and difficulty; a school user their own only', async () => {
    const report = committeeReport(academieDemo, { asOf: '2024-01-22' });
    if (!report.ok) throw new Error('demo report');
    const flagged = report.value.difficulty.eple[0];
    if (!flagged) throw new Error('no EPLE in difficulty in the demo');
    const ONE = `query($uai: String!) { eple(uai: $uai) { uai budget(asOf: "2024-01-22") { exercise executoireOn }
      difficulty(asOf: "2024-01-22") { score reasons { signal } } tickets(asOf: "2024-01-22") { ref uai } } }`;
    const answer = await demo.gql(ONE, { uai: flagged.uai }, 'eple', [flagged.uai]);
    expect(answer.errors).toBeUndefined();
    const e = answer.data.eple;
    expect(e.difficulty.score).toBe(flagged.score);
    expect(e.difficulty.reasons.map((r: any) => r.signal)).toEqual(flagged.reasons.map((r) => r.signal));
    const budget = academieDemo.budgets.find((b) => b.uai === flagged.uai && b.exercise === 2024);
    expect(e.budget).toEqual({
      exercise: 2024,
      executoireOn: budget && budget.executoireOn <= '2024-01-22' ? budget.executoireOn : null,
    });
    expect(e.tickets.map((t: any) => t.ref).sort()).toEqual(
      academieDemo.tickets
        .filter((t) => t.uai === flagged.uai)
        .map((t) => t.ref)
        .sort(),
    );
    const notFlagged = v6.find((x) => !report.value.difficulty.eple.some((d) => d.uai === x.uai))?.uai;
    expect((await demo.gql(ONE, { uai: notFlagged }, 'si2c')).data.eple.difficulty).toBeNull();
    expect((await demo.gql(ONE, { uai: flagged.uai }, 'eple', [notFlagged as string])).data.eple).toBeNull();
    expect((await demo.gql(ONE, { uai: '0000000A' }, 'si2c')).data.eple).toBeNull();
  });

  it('filters the EPLE in difficulty and sorts by score or by kit', async () => {
    const report = committeeReport(academieDemo, { asOf: '2024-01-22' });
    if (!report.ok) throw new Error('demo report');
    const LIST = `query($d: Boolean, $o: EpleOrder) { eples(asOf: "2024-01-22", inDifficulty: $d, orderBy: $o, first: 100) {
      edges { node { uai kit(asOf: "2024-01-22") { rate { percent } } } } } }`;
    const uais = async (d: boolean | null, o: string) =>
      (await demo.gql(LIST, { d, o }, 'committee')).data.eples.edges.map((x: any) => x.node);
    const flagged = await uais(true, 'difficulty');
    const counted = await demo.gql(
      '{ eples(asOf: "2024-01-22", inDifficulty: true, first: 1) { totalCount } }',
      {},
      'committee',
    );
    expect(counted.data.eples.totalCount).toBe(report.value.difficulty.eple.length);
    expect(flagged.map((n: any) => n.uai)).toEqual(report.value.difficulty.eple.map((d) => d.uai));
    const others = await uais(false, 'uai');
    expect(others.some((n: any) => report.value.difficulty.eple.some((d) => d.uai === n.uai))).toBe(false);
    const byKit = (await uais(null, 'kit')).map((n: any) => n.kit.rate.percent ?? 0);
    expect(byKit).toEqual([...byKit].sort((a, b) => a - b));
    const bad = await demo.gql(LIST, { o: 'size' }, 'committee');
    // A fixed set of values is an enum: GraphQL names the argument and the values it takes.
    expect(bad.errors?.[0]?.message).toMatch(
      /"\$o" got invalid value "size"; Value "size" does not exist in "EpleOrder" enum/,
    );
  });
});
