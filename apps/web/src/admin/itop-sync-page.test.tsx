import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import ItopSyncPage from './itop-sync-page';

const sync = (failed: number) => ({
  itopSync: {
    __typename: 'ItopSync',
    connected: true,
    pending: 1,
    sent: 4,
    failed,
    lastRun: {
      __typename: 'ItopSyncRun',
      startedAt: '2024-01-23T09:00:00.000Z',
      finishedAt: '2024-01-23T09:00:02.000Z',
      since: '2024-01-22 18:00:00',
      read: 0,
      written: 0,
      errors: [
        'http: iTop answered HTTP 500 Internal Server Error at https://itop.example.fr/webservices/rest.php',
      ],
    },
    outbox: [
      {
        __typename: 'ItopOutboxEntry',
        ticketRef: 'OP-42',
        change: 'open',
        state: 'pending',
        attempts: 2,
        createdAt: '2024-01-23T08:00:00.000Z',
        nextAt: '2024-01-23T08:02:00.000Z',
        sentAt: null,
        lastError: 'url: cannot reach iTop',
      },
    ],
  },
});

describe('the iTop exchanges page', () => {
  it('shows the last sync and its errors, the counts and the outbox', async () => {
    mockGraphql({ ItopSync: sync(0) });
    renderAs('admin', <ItopSyncPage />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Échanges avec ITOP' })).toBeTruthy());
    expect(screen.getByText('La lecture a échoué : rien n’a été écrit')).toBeTruthy();
    expect(screen.getByText(/iTop answered HTTP 500/)).toBeTruthy();
    expect(screen.getByText('1 en attente d’envoi, 4 envoyés, 0 en échec.')).toBeTruthy();
    const row = screen.getByRole('cell', { name: 'OP-42' }).closest('tr');
    expect(row?.textContent).toContain('création');
    expect(row?.textContent).toContain('en attente d’envoi');
    expect(row?.textContent).toContain('url: cannot reach iTop');
    expect(screen.queryByRole('button', { name: 'Relancer les envois en échec' })).toBeNull();
    expect(await downloadedPaths()).toEqual(['/exports/itop-outbox.xlsx', '/exports/itop-outbox.csv']);
  });

  it('lets an admin retry the changes given up', async () => {
    const calls = mockGraphql({ ItopSync: sync(2), RetryItopOutbox: { retryItopOutbox: 2 } });
    renderAs('admin', <ItopSyncPage />);
    const button = await screen.findByRole('button', { name: 'Relancer les envois en échec' });
    button.click();
    await waitFor(() => expect(calls.some((c) => c.operationName === 'RetryItopOutbox')).toBe(true));
  });
});
