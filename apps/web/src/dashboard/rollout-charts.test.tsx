import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import { RolloutCharts } from './rollout-charts';

const week = (on: string, executoires: number, open: number) => ({
  __typename: 'RolloutWeek',
  on,
  eple: 61,
  budgetsExecutoires: executoires,
  kitBelow10: 16,
  kitFrom10To30: 30,
  kitAbove30: 15,
  openSi2c: open,
  openDrasi: 2 * open,
  openNational: 1,
});

describe('the roll-out of a wave, week by week', () => {
  it('draws each chart and gives the same figures in a table', async () => {
    const calls = mockGraphql({
      Rollout: { rollout: [week('2024-01-08', 12, 3), week('2024-01-15', 40, 5), week('2024-01-22', 50, 4)] },
    });
    renderAs('committee', <RolloutCharts waveId="V6" asOf="2024-01-22" />);
    const budgets = await screen.findByRole('img', { name: /^Budgets exécutoires, vague V6/ });
    expect(budgets.getAttribute('aria-label')).toBe(
      'Budgets exécutoires, vague V6, du 08/01/2024 au 22/01/2024 ; au dernier jour : Exécutoires 50, EPLE de la vague 61.',
    );
    expect(
      screen.getByRole('img', { name: /^Tickets ouverts, vague V6.*SI2C 4, DRASI 8, National 1\.$/ }),
    ).toBeTruthy();
    expect(calls[0]?.variables).toEqual({ waveId: 'V6', asOf: '2024-01-22' });
    await userEvent.click(screen.getByText('Le tableau de ces chiffres, semaine par semaine'));
    const table = screen.getByRole('table', { name: /Déroulement de la vague V6/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(
      within(rows[3] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['50', '61', '16', '30', '15', '4', '8', '1']);
  });
});
