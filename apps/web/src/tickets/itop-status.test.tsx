import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import { itopStatus } from './ticket-details';
import TicketsPage from './tickets-page';

describe('where a ticket stands in ITOP', () => {
  it('says its ITOP reference, what waits to be sent, or why sending failed', () => {
    expect(itopStatus({ ref: 'R-046200', state: 'sent', waiting: 0, lastError: null })).toBe(
      'R-046200 — à jour dans ITOP',
    );
    expect(itopStatus({ ref: null, state: 'pending', waiting: 1, lastError: null })).toBe(
      'pas encore créée — en attente d’envoi (1\u00a0changement)',
    );
    expect(
      itopStatus({ ref: 'R-046200', state: 'failed', waiting: 2, lastError: 'code 1: unauthorized' }),
    ).toBe('R-046200 — envoi en échec : code 1: unauthorized');
  });

  it('marks in the list the tickets still to be written to ITOP', async () => {
    const row = (ref: string, itop: unknown) => ({
      __typename: 'Ticket',
      id: ref,
      ref,
      title: `DRASI - Demande ${ref}`,
      channel: 'itop',
      uai: '0801666B',
      openedOn: '2024-01-02',
      wellFormed: true,
      version: 1,
      missing: [],
      itop,
      state: {
        __typename: 'TicketState',
        status: 'open',
        handler: 'DRASI',
        team: 'DRASI',
        escalatedTo: null,
        ageDays: 1,
        openOverThreshold: false,
      },
    });
    mockGraphql({
      Tickets: {
        tickets: {
          __typename: 'QueryTicketsConnection',
          edges: [
            { node: row('OP-1', { __typename: 'TicketItop', ref: null, state: 'pending' }) },
            { node: row('OP-2', { __typename: 'TicketItop', ref: 'R-046200', state: 'sent' }) },
          ],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    });
    renderAs('committee', <TicketsPage />, { url: '/tickets?date=2024-01-22' });
    await screen.findByText('OP-1');
    expect(screen.getAllByText('en attente d’envoi')).toHaveLength(1);
  });
});
