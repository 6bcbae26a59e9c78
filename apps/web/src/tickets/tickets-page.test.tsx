import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import TicketsPage from './tickets-page';

const ticket = (ref: string, team: 'SI2C' | 'DRASI', channel = 'itop') => ({
  __typename: 'Ticket',
  id: ref,
  ref,
  title: `${team} - Demande ${ref}`,
  channel,
  uai: '0801666B',
  openedOn: '2024-01-02',
  wellFormed: false,
  version: 3,
  missing: [
    { __typename: 'MissingElement', element: 'sphere', severity: 'required', message: 'Précisez la sphère.' },
  ],
  state: {
    __typename: 'TicketState',
    status: 'open',
    handler: team,
    team,
    escalatedTo: null,
    ageDays: 20,
    openOverThreshold: true,
  },
});

const page = {
  tickets: {
    __typename: 'QueryTicketsConnection',
    edges: [{ node: ticket('R-1', 'SI2C') }, { node: ticket('R-2', 'DRASI', 'phone') }],
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  },
};

const actionsOf = (ref: string) => screen.queryByRole('form', { name: `Traiter le ticket ${ref}` });

describe('the ticket list by role', () => {
  it('offers no action to the committee', async () => {
    mockGraphql({ Tickets: page });
    renderAs('committee', <TicketsPage />, { url: '/tickets?date=2024-01-22' });
    await screen.findByText('R-1');
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(actionsOf('R-1')).toBeNull();
  });

  it('offers SI2C the actions on its own team’s tickets only', async () => {
    mockGraphql({ Tickets: page });
    renderAs('si2c', <TicketsPage />, { url: '/tickets?date=2024-01-22' });
    await screen.findByText('R-1');
    expect(actionsOf('R-1')).not.toBeNull();
    expect(actionsOf('R-2')).toBeNull();
  });

  it('offers an admin every ticket, and shows a conflict when the version read is stale', async () => {
    const calls = mockGraphql({
      Tickets: page,
      ChangeTicket: { changeTicket: { __typename: 'Conflict', message: 'stale version' } },
    });
    const user = userEvent.setup();
    renderAs('admin', <TicketsPage />, { url: '/tickets?date=2024-01-22' });
    await screen.findByText('R-1');
    const form = actionsOf('R-2');
    if (!form) throw new Error('no actions for R-2');
    await user.selectOptions(within(form).getByRole('combobox'), 'requalified:SI2C');
    await user.click(within(form).getByRole('button', { name: 'Appliquer' }));
    await waitFor(() => expect(within(form).getByText(/Conflit : ticket modifié entre-temps/)).toBeTruthy());
    expect(calls.find((c) => c.operationName === 'ChangeTicket')?.variables).toMatchObject({
      ref: 'R-2',
      kind: 'requalified',
      to: 'SI2C',
      version: 3,
    });
    // The list is read again once the conflict is shown, as the effect of its refetch runs.
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'Tickets').length).toBeGreaterThan(1));
  });

  it('passes the day shown and the filters of the URL to the API', async () => {
    const calls = mockGraphql({ Tickets: page });
    renderAs('si2c', <TicketsPage />, { url: '/tickets?date=2024-01-22&handler=DRASI&plus15=1' });
    await screen.findByText('R-1');
    expect(calls[0]?.variables).toMatchObject({ asOf: '2024-01-22', handler: 'DRASI', overThreshold: true });
  });

  it('filters by the channel of the URL', async () => {
    const calls = mockGraphql({ Tickets: page });
    renderAs('si2c', <TicketsPage />, { url: '/tickets?date=2024-01-22&canal=phone' });
    await screen.findByText('R-1');
    expect(calls[0]?.variables).toMatchObject({ channel: 'phone' });
    expect((screen.getByLabelText('Canal') as HTMLSelectElement).value).toBe('phone');
  });

  it('ignores a channel it does not know', async () => {
    const calls = mockGraphql({ Tickets: page });
    renderAs('si2c', <TicketsPage />, { url: '/tickets?date=2024-01-22&canal=fax' });
    await screen.findByText('R-1');
    expect(calls[0]?.variables).not.toHaveProperty('channel');
  });

  it('shows the channel of a request received outside ITOP', async () => {
    mockGraphql({ Tickets: page });
    renderAs('committee', <TicketsPage />, { url: '/tickets?date=2024-01-22' });
    const other = (await screen.findByText('R-2')).closest('tr');
    const itop = screen.getByText('R-1').closest('tr');
    if (!other || !itop) throw new Error('no rows');
    expect(within(other).getByText('Téléphone')).toBeTruthy();
    expect(within(itop).queryByText('ITOP')).toBeNull();
  });

  it('links every ticket to its page, keeping the day shown', async () => {
    mockGraphql({ Tickets: page });
    renderAs('committee', <TicketsPage />, { url: '/tickets?date=2024-01-22' });
    const link = await screen.findByRole('link', { name: 'Ouvrir le ticket R-1' });
    expect(link.getAttribute('href')).toBe('/tickets/R-1?date=2024-01-22');
  });

  it('lists the requalified tickets of a team as the dashboard counts them, instead of the filters', async () => {
    const calls = mockGraphql({
      RequalifiedTickets: {
        requalifiedTickets: {
          ...page.tickets,
          __typename: 'QueryRequalifiedTicketsConnection',
          totalCount: 2,
        },
      },
    });
    renderAs('committee', <TicketsPage />, { url: '/tickets?requalifie=SI2C&date=2024-01-22' });
    await screen.findByText('R-1');
    expect(calls.map((c) => c.operationName)).toEqual(['RequalifiedTickets']);
    expect(calls[0]?.variables).toMatchObject({ asOf: '2024-01-22', team: 'SI2C' });
    expect(
      screen.getByText(
        /2 ticket\(s\) reçus par SI2C à l’ouverture et requalifiés au plus tard le 22\/01\/2024/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Filtres des tickets' })).toBeNull();
  });
});
