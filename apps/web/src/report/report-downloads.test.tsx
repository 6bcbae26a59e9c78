import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAs } from '../test-utils';
import '../dsfr';
import { ReportDownloads } from './report-downloads';

afterEach(() => vi.restoreAllMocks());

describe('the report’s downloads', () => {
  it('ask the server for every table of the day, with the user’s token, in each format', async () => {
    const fetched: { url: string; auth: string | null }[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      fetched.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      return new Response('PK', { status: 200 });
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderAs('committee', <ReportDownloads asOf="2024-01-22" />);
    await userEvent.click(screen.getByRole('button', { name: /Toutes les tables \(Excel \(XLSX\)\)/ }));
    await userEvent.click(screen.getByRole('button', { name: /Toutes les tables \(CSV\)/ }));
    await waitFor(() => expect(fetched).toHaveLength(2));
    expect(fetched.map((f) => f.url)).toEqual([
      '/exports/report.xlsx?asOf=2024-01-22',
      '/exports/report.csv?asOf=2024-01-22',
    ]);
    expect(fetched[0]?.auth).toMatch(/^Bearer /);
  });

  it('say when the server refuses', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('no', { status: 503 }));
    renderAs('committee', <ReportDownloads asOf="2024-01-22" />);
    await userEvent.click(screen.getByRole('button', { name: /Toutes les tables \(CSV\)/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Le téléchargement a échoué \(503\)/);
  });
});
