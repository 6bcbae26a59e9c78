import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { downloadedPaths, renderAs } from '../test-utils';
import { RequalifiedShareFragment, RequalifiedTable } from './requalified-table';

const share = (team: 'SI2C' | 'DRASI', figure: number, denominator: number, percent: number | null) =>
  makeFragmentData(
    { __typename: 'RequalifiedShare', team, figure, rate: { __typename: 'Rate', denominator, percent } },
    RequalifiedShareFragment,
  );

describe('the table of requalified tickets', () => {
  it('gives each team’s share, each figure a link to its tickets as of the same day', async () => {
    renderAs(
      'committee',
      <RequalifiedTable
        shares={[share('SI2C', 7, 65, 10.76), share('DRASI', 0, 0, null)]}
        from="2023-09-01"
        asOf="2024-01-22"
      />,
    );
    const table = screen.getByRole('table', { name: /Tickets requalifiés au 22\/01\/2024/ });
    const row = within(within(table).getByRole('row', { name: /SI2C/ }));
    expect(row.getAllByRole('cell').map((c) => c.textContent)).toEqual(['65', '7', '10,76\u202f%']);
    expect(row.getByRole('link').getAttribute('href')).toBe('/tickets?requalifie=SI2C&date=2024-01-22');
    const none = within(within(table).getByRole('row', { name: /DRASI/ }));
    expect(none.getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '—']);
    expect(await downloadedPaths()).toEqual([
      '/exports/requalified.xlsx?asOf=2024-01-22',
      '/exports/requalified.csv?asOf=2024-01-22',
    ]);
  });
});
