import { agenceRuleViolations } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const COMPARE = `query($scenario: ScenarioInput!) { scenarioComparison(scenario: $scenario, asOf: "2024-01-22") {
  changedWaves
  current { violations { uai } waves { waveId switchDate eple budgetMode training { groups trainersShort } load { expected } } }
  scenario { violations { uai } waves { waveId switchDate eple budgetMode training { groups trainersShort } load { expected } } }
} }`;

describe('what-if re-planning through the API', () => {
  it('mends the agence rule when the EPLE that breaks it joins its agence’s wave, and writes nothing', async () => {
    const [broken] = agenceRuleViolations(academieDemo.eple, academieDemo.waves);
    if (!broken?.agenceWaveId) throw new Error('the demo records break the agence rule once');
    const scenario = { moves: [{ uai: broken.uai, toWave: broken.agenceWaveId }] };
    const answer = await demo.gql(COMPARE, { scenario }, 'si2c');
    expect(answer.errors).toBeUndefined();
    const c = answer.data.scenarioComparison;
    expect(c.current.violations.map((v: { uai: string }) => v.uai)).toContain(broken.uai);
    expect(c.scenario.violations.map((v: { uai: string }) => v.uai)).not.toContain(broken.uai);
    expect(c.changedWaves).toEqual([broken.waveId, broken.agenceWaveId].sort());
    const eple = (plan: { waves: { waveId: string; eple: number }[] }, id: string) =>
      plan.waves.find((w) => w.waveId === id)?.eple ?? 0;
    expect(eple(c.scenario, broken.waveId)).toBe(eple(c.current, broken.waveId) - 1);
    expect(eple(c.scenario, broken.agenceWaveId)).toBe(eple(c.current, broken.agenceWaveId) + 1);
    // Nothing was written: the same comparison without the move finds the rule still broken.
    const again = await demo.gql(COMPARE, { scenario: {} }, 'si2c');
    expect(again.data.scenarioComparison.scenario).toEqual(again.data.scenarioComparison.current);
    expect(again.data.scenarioComparison.current.violations).toEqual(c.current.violations);
  });

  it('moves V7 to January: its budget is then prepared in op@le', async () => {
    const scenario = { switchDates: [{ waveId: 'V7', switchDate: '2025-01-01' }] };
    const c = (await demo.gql(COMPARE, { scenario }, 'committee')).data.scenarioComparison;
    const v7 = (plan: { waves: { waveId: string; budgetMode: string }[] }) =>
      plan.waves.find((w) => w.waveId === 'V7');
    expect(v7(c.current)?.budgetMode).toBe('gfc-opale-format');
    expect(v7(c.scenario)?.budgetMode).toBe('opale');
  });

  it('names each bad field of a scenario', async () => {
    const scenario = {
      moves: [{ uai: academieDemo.eple[0]?.uai, toWave: 'V99' }],
      switchDates: [{ waveId: 'V10', switchDate: '2026-01-01' }],
    };
    const answer = await demo.gql(COMPARE, { scenario }, 'admin');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.extensions?.issues.map((i: { field: string }) => i.field)).toEqual([
      'scenario.moves[0].toWave',
      'scenario.switchDates[0].waveId',
    ]);
    const day = await demo.gql(
      COMPARE,
      { scenario: { switchDates: [{ waveId: 'V7', switchDate: '2024-02-30' }] } },
      'admin',
    );
    expect(day.errors?.[0]?.message).toMatch(
      /at "scenario\.switchDates\[0\]\.switchDate"; expected a calendar date/,
    );
  });
});
