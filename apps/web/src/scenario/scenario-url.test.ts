import { describe, expect, it } from 'vitest';
import { EMPTY_SCENARIO, scenarioFromParam, scenarioParam } from './scenario-url';

describe('a scenario in the URL', () => {
  it('comes back as it was written', () => {
    const scenario = {
      moves: [{ uai: '0801666B', toWave: 'V8' }],
      switchDates: [{ waveId: 'V7', switchDate: '2025-01-01' }],
    };
    expect(scenarioFromParam(scenarioParam(scenario))).toEqual(scenario);
    expect(scenarioParam(EMPTY_SCENARIO)).toBeNull();
  });

  it('is empty when the parameter is not a scenario, and keeps only well-shaped changes', () => {
    expect(scenarioFromParam('{"moves":')).toEqual(EMPTY_SCENARIO);
    expect(scenarioFromParam('42')).toEqual(EMPTY_SCENARIO);
    expect(scenarioFromParam('{"moves":[{"uai":"0801666B"},{"uai":"0801666B","toWave":"V8"}]}')).toEqual({
      moves: [{ uai: '0801666B', toWave: 'V8' }],
      switchDates: [],
    });
  });
});
