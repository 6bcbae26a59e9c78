import { addDays } from '@opale/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import ForecastPage from './forecast-page';

const waves = {
  waves: [
    { __typename: 'WaveFigures', id: 'V6', switchDate: '2024-01-01' },
    { __typename: 'WaveFigures', id: 'V7', switchDate: '2024-09-01' },
    { __typename: 'WaveFigures', id: 'V8', switchDate: '2025-01-01' },
  ],
};

const interval = (expected: number, low: number, high: number) => ({
  __typename: 'CountInterval',
  expected,
  low,
  high,
});

const week = (offset: number, known: boolean) => ({
  __typename: 'ForecastWeek',
  offset,
  from: addDays('2024-09-01', offset * 7),
  to: addDays('2024-09-01', offset * 7 + 6),
  basedOn: ['V5', 'V6'],
  forecast: {
    __typename: 'ForecastTeams',
    si2c: interval(1.5, 0, 3),
    drasi: interval(2.5, 1, 5),
    all: interval(4, 2, 7),
  },
  actual: known ? { __typename: 'TeamTicketCounts', si2c: 1, drasi: 3, all: 4 } : null,
});

const forecast = (waveId: string) => ({
  assistanceForecast: {
    __typename: 'AssistanceForecast',
    waveId,
    switchDate: '2024-09-01',
    epleCount: 28,
    epleFromPlan: false,
    kindsWithoutHistory: ['lgt'],
    dispersion: 1,
    weeks: Array.from({ length: 16 }, (_, i) => week(i - 4, i < 2)),
    backTest: {
      __typename: 'BackTest',
      mape: 80.787,
      coverage: 0.71875,
      waves: [
        {
          __typename: 'BackTestWave',
          waveId: 'V5',
          asOf: '2023-08-03',
          cells: 32,
          nonZeroCells: 14,
          mape: 80.787,
          coverage: 0.71875,
        },
      ],
    },
  },
});

/** The answer for the wave asked. */
const forecastOfWave = (variables: Record<string, unknown>) => forecast(String(variables.wave));

describe('the assistance forecast page', () => {
  it('forecasts the next wave to switch, week by week, with the back-test beside it', async () => {
    const calls = mockGraphql({
      WaveChoices: waves,
      AssistanceForecastPage: forecastOfWave,
    });
    renderAs('committee', <ForecastPage />, { url: '/prevision?date=2024-01-22' });
    const table = await screen.findByRole('table', { name: /Tickets attendus par semaine pour V7/ });
    expect(calls.find((c) => c.operationName === 'AssistanceForecastPage')?.variables).toEqual({
      asOf: '2024-01-22',
      wave: 'V7',
    });
    // A header row and sixteen weeks; the weeks already over say what happened.
    expect(within(table).getAllByRole('row')).toHaveLength(17);
    expect(within(table).getAllByText('1 / 3 / 4')).toHaveLength(2);
    expect(within(table).getAllByText('pas encore connu')).toHaveLength(14);
    expect(screen.getByRole('img', { name: /Tickets par semaine, Toutes équipes, V7/ })).toBeTruthy();
    expect(screen.getByText(/s’est écartée en moyenne de/).textContent).toContain('80,78');
    expect(screen.getByText(/Types d’EPLE sans précédent/)).toBeTruthy();
  });

  it('keeps the wave and the team chosen in the URL', async () => {
    mockGraphql({
      WaveChoices: waves,
      AssistanceForecastPage: forecastOfWave,
    });
    renderAs('si2c', <ForecastPage />, { url: '/prevision?date=2024-01-22' });
    await screen.findByRole('table', { name: /pour V7/ });
    await userEvent.selectOptions(screen.getByLabelText('Vague'), 'V8');
    await userEvent.selectOptions(screen.getByLabelText('Équipe'), 'drasi');
    expect(screen.getByTestId('location').textContent).toBe(
      '/prevision?date=2024-01-22&vague=V8&equipe=drasi',
    );
    await screen.findByRole('table', { name: /pour V8/ });
    expect(screen.getByRole('img', { name: /DRASI, V8/ })).toBeTruthy();
  });

  it('says why there is no forecast', async () => {
    mockGraphql({
      WaveChoices: waves,
      AssistanceForecastPage: { assistanceForecast: { __typename: 'NoForecast', reason: 'noHistory' } },
    });
    renderAs('admin', <ForecastPage />, { url: '/prevision?date=2021-01-01&vague=V6' });
    expect(await screen.findByText(/il n’y a pas d’expérience dont tirer une prévision/)).toBeTruthy();
  });
});
