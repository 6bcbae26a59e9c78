import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import EpleListPage from './eple-list-page';

const eple = (uai: string, name: string) => ({
  __typename: 'Eple',
  uai,
  name,
  commune: 'Amiens',
  waveId: 'V6',
});

describe('the EPLE list', () => {
  it('asks the API for the URL’s filters as of its day, and shows the count', async () => {
    const calls = mockGraphql({
      EpleList: {
        waves: [{ __typename: 'WaveFigures', id: 'V6' }],
        eples: {
          __typename: 'QueryEplesConnection',
          totalCount: 16,
          edges: [{ node: eple('0801234G', 'Collège A') }, { node: eple('0801235H', 'Collège B') }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c2' },
        },
      },
    });
    renderAs('committee', <EpleListPage />, {
      url: '/etablissements?vague=V6&kit=moins-de-10&budget=non-executoire&difficulte=1&date=2024-01-22',
    });
    const status = await screen.findByText(
      (_, el) => el?.tagName === 'P' && /^16/.test(el.textContent ?? ''),
    );
    expect(status.textContent).toBe(
      '16\u00a0EPLE de la vague V6, kit de bascule à moins de 10 % des actions finalisées, budget pas encore exécutoire, en difficulté au 22/01/2024',
    );
    expect(calls[0]?.variables).toEqual({
      asOf: '2024-01-22',
      after: null,
      wave: 'V6',
      kitBucket: 'below10',
      budget: 'pending',
      inDifficulty: true,
    });
    const table = screen.getByRole('table');
    expect(within(table).getByRole('link', { name: 'Collège A' }).getAttribute('href')).toBe(
      '/etablissements/0801234G?date=2024-01-22',
    );
    expect(screen.getByRole('button', { name: 'Page suivante' })).toBeTruthy();
    // The file holds the whole list, all 16, not the page: the server builds it with the same filters.
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger (Excel (XLSX))' }));
    await waitFor(() =>
      expect(vi.mocked(fetch).mock.calls.map(([url]) => String(url))).toContain(
        '/exports/eples-list.xlsx?asOf=2024-01-22&wave=V6&kitBucket=below10&budget=pending&inDifficulty=true',
      ),
    );
  });
});
