import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import '../dsfr';
import TicketsPage from './tickets-page';

const ticket = {
  __typename: 'Ticket',
  id: 'R-1',
  ref: 'R-1',
  title: 'SI2C - Demande R-1',
  channel: 'itop',
  uai: '0801666B',
  openedOn: '2024-01-02',
  wellFormed: true,
  version: 1,
  itop: null,
  missing: [],
  state: {
    __typename: 'TicketState',
    status: 'open',
    handler: 'SI2C',
    team: 'SI2C',
    escalatedTo: null,
    ageDays: 20,
    openOverThreshold: true,
  },
};
const connection = (typename: string) => ({
  __typename: typename,
  totalCount: 1,
  edges: [{ node: ticket }],
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
});

/** The addresses the page fetched beside /graphql, with the token each carried. */
const exportsFetched = () =>
  vi
    .mocked(fetch)
    .mock.calls.filter(([url]) => String(url).startsWith('/exports/'))
    .map(([url, init]) => ({ url: String(url), auth: new Headers(init?.headers).get('authorization') }));

afterEach(() => vi.unstubAllGlobals());

describe('the ticket list’s filters and downloads', () => {
  it('passes the period, the completeness and the national service of the URL to the API', async () => {
    const calls = mockGraphql({ Tickets: { tickets: connection('QueryTicketsConnection') } });
    renderAs('si2c', <TicketsPage />, {
      url: '/tickets?date=2024-01-22&du=2024-01-01&au=2024-01-15&complet=non&service=c2s_montpellier',
    });
    await screen.findByText('R-1');
    expect(calls[0]?.variables).toMatchObject({
      openedFrom: '2024-01-01',
      openedTo: '2024-01-15',
      wellFormed: false,
      nationalService: 'c2s_montpellier',
    });
    expect((screen.getByLabelText('Service national') as HTMLSelectElement).value).toBe('c2s_montpellier');
    expect((screen.getByLabelText('Complétude') as HTMLSelectElement).value).toBe('non');
    expect((screen.getByLabelText('Ouverts à partir du') as HTMLInputElement).value).toBe('2024-01-01');
  });

  it('leaves out a day or a service it does not know', async () => {
    const calls = mockGraphql({ Tickets: { tickets: connection('QueryTicketsConnection') } });
    renderAs('si2c', <TicketsPage />, {
      url: '/tickets?date=2024-01-22&du=hier&service=cnil&complet=peut-etre',
    });
    await screen.findByText('R-1');
    for (const name of ['openedFrom', 'nationalService', 'wellFormed'])
      expect(calls[0]?.variables).not.toHaveProperty(name);
  });

  it('downloads the whole list with the filters shown, from the server, in both formats', async () => {
    mockGraphql({ Tickets: { tickets: connection('QueryTicketsConnection') } });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderAs('si2c', <TicketsPage />, {
      url: '/tickets?date=2024-01-22&handler=DRASI&plus15=1&complet=oui&ligne=inProgress&colonne=national',
    });
    await screen.findByText('R-1');
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger (CSV)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger (Excel (XLSX))' }));
    await waitFor(() => expect(exportsFetched()).toHaveLength(2));
    const [csv, xlsx] = exportsFetched();
    expect(csv?.url).toBe(
      '/exports/tickets-list.csv?asOf=2024-01-22&handler=DRASI&overThreshold=true&wellFormed=true&cellRow=inProgress&cellColumn=national',
    );
    expect(xlsx?.url).toMatch(/^\/exports\/tickets-list\.xlsx\?asOf=2024-01-22&/);
    expect(csv?.auth).toMatch(/^Bearer /);
  });

  it('downloads every requalified ticket behind the figure from the server', async () => {
    mockGraphql({
      RequalifiedTickets: { requalifiedTickets: connection('QueryRequalifiedTicketsConnection') },
    });
    renderAs('committee', <TicketsPage />, { url: '/tickets?requalifie=SI2C&date=2024-01-22' });
    await screen.findByText('R-1');
    expect(await downloadedPaths()).toEqual([
      '/exports/requalified-tickets.xlsx?asOf=2024-01-22&team=SI2C',
      '/exports/requalified-tickets.csv?asOf=2024-01-22&team=SI2C',
    ]);
  });
});
