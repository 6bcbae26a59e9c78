import { DEFAULT_DIFFICULTY_CONFIG, describeDifficultyRule } from '@opale/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const RULE = `query($asOf: Date) { difficultyRule(asOf: $asOf) {
  asOf inForce { effectiveOn words scoreThreshold weights { signal weight label } recordedBy reason }
  history { effectiveOn scoreThreshold } } }`;
const SET = `mutation($on: Date!, $rule: DifficultyRuleInput!, $reason: String) {
  setDifficultyRule(effectiveOn: $on, rule: $rule, reason: $reason) {
    __typename ... on MutationSetDifficultyRuleSuccess { data { effectiveOn scoreThreshold weights { signal weight } } }
    ... on InvalidInput { issues { field code message } } } }`;
const REPORT = '{ committeeReport(asOf: "2024-01-22") { difficulty { uai score } } }';
const UNFOLLOWED = `query($asOf: Date) { unfollowedDifficulties(asOf: $asOf, first: 100) { totalCount
  edges { node { flaggedSince daysFlagged eple { uai waveId score followUps { on } } lastFollowUp { on } } } } }`;

describe('the difficulty rule through the API', () => {
  it('gives the defaults, in words, while no rule is recorded', async () => {
    const r = await demo.gql(RULE, { asOf: '2024-01-22' }, 'committee');
    expect(r.errors).toBeUndefined();
    expect(r.data.difficultyRule.inForce).toMatchObject({
      effectiveOn: null,
      words: describeDifficultyRule(DEFAULT_DIFFICULTY_CONFIG),
      scoreThreshold: 3,
      recordedBy: null,
    });
    expect(r.data.difficultyRule.inForce.weights[0]).toEqual({
      signal: 'kit-below-10',
      weight: 3,
      label: 'kit < 10 %',
    });
    expect(r.data.difficultyRule.history).toEqual([]);
  });

  it('refuses a rule for a past day or with bad numbers, naming each field', async () => {
    const past = await demo.gql(SET, { on: '2024-01-23', rule: { scoreThreshold: 5 } }, 'admin');
    expect(past.data.setDifficultyRule.issues.map((i: any) => i.field)).toEqual(['effectiveOn']);
    const bad = await demo.gql(
      SET,
      {
        on: '2099-01-01',
        rule: {
          scoreThreshold: -1,
          weights: [
            { signal: 'kit-below-10', weight: -2 },
            { signal: 'open-tickets', weight: 1 },
            { signal: 'open-tickets', weight: 2 },
          ],
        },
      },
      'admin',
    );
    expect(bad.data.setDifficultyRule.issues.map((i: any) => i.field)).toEqual([
      'rule.weights.open-tickets',
      'rule.weights.kit-below-10',
      'rule.scoreThreshold',
    ]);
    const numbers = await demo.gql(
      SET,
      { on: '2099-01-01', rule: { scoreThreshold: -1, weights: [{ signal: 'kit-below-10', weight: -2 }] } },
      'admin',
    );
    expect(numbers.data.setDifficultyRule.issues.map((i: any) => i.field).sort()).toEqual([
      'rule.scoreThreshold',
      'rule.weights.kit-below-10',
    ]);
  });

  it('records a rule from a later day on: earlier days keep their figures', async () => {
    const before = await demo.gql(REPORT, {}, 'admin');
    const set = await demo.gql(
      SET,
      {
        on: '2099-01-01',
        rule: { scoreThreshold: 6, weights: [{ signal: 'open-tickets', weight: 2 }] },
        reason: 'Revue',
      },
      'admin',
    );
    expect(set.data.setDifficultyRule.data).toMatchObject({ effectiveOn: '2099-01-01', scoreThreshold: 6 });
    const on = await demo.gql(RULE, { asOf: '2099-01-01' }, 'si2c');
    expect(on.data.difficultyRule.inForce).toMatchObject({
      effectiveOn: '2099-01-01',
      recordedBy: 'admin:admin',
      reason: 'Revue',
    });
    expect(on.data.difficultyRule.inForce.words).toContain('quand son score atteint 6');
    expect(on.data.difficultyRule.history).toEqual([{ effectiveOn: '2099-01-01', scoreThreshold: 6 }]);
    const earlier = await demo.gql(RULE, { asOf: '2098-12-31' }, 'si2c');
    expect(earlier.data.difficultyRule.inForce.effectiveOn).toBeNull();
    expect(await demo.gql(REPORT, {}, 'admin')).toEqual(before);
  });

  it('lists the flagged EPLE with no follow-up since they were flagged', async () => {
    const r = await demo.gql(UNFOLLOWED, { asOf: '2024-01-22' }, 'si2c');
    expect(r.errors).toBeUndefined();
    const list = r.data.unfollowedDifficulties;
    expect(list.totalCount).toBeGreaterThan(0);
    expect(list.edges.length).toBe(Math.min(list.totalCount, 100));
    for (const { node } of list.edges) {
      expect(node.flaggedSince <= '2024-01-22').toBe(true);
      expect(node.eple.followUps.every((f: any) => f.on < node.flaggedSince)).toBe(true);
    }
    const days = list.edges.map((e: any) => e.node.daysFlagged);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const v6 = await demo.gql(
      '{ unfollowedDifficulties(asOf: "2024-01-22", wave: "V6", first: 100) { totalCount edges { node { eple { waveId } } } } }',
      {},
      'si2c',
    );
    const waves = v6.data.unfollowedDifficulties.edges.map((e: any) => e.node.eple.waveId);
    expect(new Set(waves)).toEqual(new Set(['V6']));
    expect(v6.data.unfollowedDifficulties.totalCount).toBe(
      list.edges.filter((e: any) => e.node.eple.waveId === 'V6').length,
    );
    expect(v6.data.unfollowedDifficulties.totalCount).toBeLessThan(list.totalCount);
  });
});
