import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import ScenarioPage from './scenario-page';

const waves = {
  waves: [
    { __typename: 'WaveFigures', id: 'V7', switchDate: '2024-09-01' },
    { __typename: 'WaveFigures', id: 'V8', switchDate: '2025-01-01' },
  ],
};

const outlook = (waveId: string, switchDate: string, eple: number, budgetMode: string) => ({
  __typename: 'WaveOutlook',
  waveId,
  switchDate,
  eple,
  budgetMode,
  training: { __typename: 'TrainingOutlook', groups: 2, trainersNeeded: 4, trainersShort: 0 },
  load: {
    __typename: 'LoadOutlook',
    expected: 80.4,
    peakFrom: '2024-09-01',
    peakExpected: 7.1,
    peakHigh: 11,
  },
});

/** The API's answer: V7 moved to January when the scenario says so. */
function comparison(variables: Record<string, unknown>) {
  const scenario = variables.scenario as { switchDates: { waveId: string; switchDate: string }[] };
  const moved = scenario.switchDates.find((d) => d.waveId === 'V7');
  const current = [
    outlook('V7', '2024-09-01', 28, 'gfc-opale-format'),
    outlook('V8', '2025-01-01', 144, 'opale'),
  ];
  return {
    scenarioComparison: {
      __typename: 'ScenarioComparison',
      changedWaves: moved ? ['V7'] : [],
      current: { __typename: 'PlanOutlook', violations: [], waves: current },
      scenario: {
        __typename: 'PlanOutlook',
        violations: [],
        waves: moved ? [outlook('V7', moved.switchDate, 28, 'opale'), current[1]] : current,
      },
    },
  };
}

describe('the re-planning page', () => {
  it('keeps the scenario in the URL and shows what it changes beside the current plan', async () => {
    const calls = mockGraphql({
      WaveChoices: waves,
      ScenarioComparison: comparison,
      ScenarioDrafts: { scenarioDrafts: [] },
    });
    renderAs('si2c', <ScenarioPage />, { url: '/re-planification?date=2024-01-22' });
    const form = await screen.findByRole('form', { name: 'Déplacer une bascule' });
    await userEvent.selectOptions(within(form).getByLabelText('Vague'), 'V7');
    await userEvent.type(within(form).getByLabelText('Nouveau jour de bascule'), '2025-01-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter ce changement' }));
    expect(screen.getByTestId('location').textContent).toBe(
      `/re-planification?date=2024-01-22&scenario=${encodeURIComponent('{"moves":[],"switchDates":[{"waveId":"V7","switchDate":"2025-01-01"}]}').replace(/%20/g, '+')}`,
    );
    const table = await screen.findByRole('table', {
      name: 'Le plan actuel et le scénario, vague par vague',
    });
    const v7 = within(table).getByRole('rowheader', { name: 'V7 (changée)' }).closest('tr') as HTMLElement;
    expect(within(v7).getByText('01/09/2024 → 01/01/2025')).toBeTruthy();
    expect(within(v7).getByText('sous GFC au format op@le → dans op@le')).toBeTruthy();
    expect(calls.at(-1)?.variables).toEqual({
      asOf: '2024-01-22',
      scenario: { moves: [], switchDates: [{ waveId: 'V7', switchDate: '2025-01-01' }] },
    });
    const scenario = encodeURIComponent(
      '{"moves":[],"switchDates":[{"waveId":"V7","switchDate":"2025-01-01"}]}',
    ).replace(/%20/g, '+');
    const downloads = screen.getByRole('button', { name: 'Télécharger (CSV)' }).parentElement as HTMLElement;
    expect(await downloadedPaths(downloads)).toEqual([
      `/exports/scenario.xlsx?asOf=2024-01-22&scenario=${scenario}`,
      `/exports/scenario.csv?asOf=2024-01-22&scenario=${scenario}`,
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Retirer le changement de bascule de V7' }));
    expect(screen.getByTestId('location').textContent).toBe('/re-planification?date=2024-01-22');
  });
});
