import type { Role } from '@opale/domain';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { expect, vi } from 'vitest';
import { AuthProvider } from './auth/auth-context';
import { sessionFromToken } from './auth/session';

const base64Url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** An unsigned token with the claims the API's tokens carry: enough for the client, never for the API. */
export function fakeToken(role: Role, uais: string[] = []): string {
  return `${base64Url({ alg: 'HS256' })}.${base64Url({ role, uais, sub: `test-${role}`, exp: 4102444800 })}.signature`;
}

/** Answers GraphQL requests by operation name, and records what was sent. */
export function mockGraphql(
  answers: Record<string, unknown | ((variables: Record<string, unknown>) => unknown)>,
) {
  const calls: { operationName: string; variables: Record<string, unknown>; headers: Headers }[] = [];
  const fetchMock = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    // urql sends a query by GET, named by its hash in the URL, and a mutation by POST.
    const query = new URL(String(url), 'http://opale.test').searchParams;
    const body = (
      init?.body
        ? JSON.parse(String(init.body))
        : { operationName: query.get('operationName'), variables: JSON.parse(query.get('variables') ?? '{}') }
    ) as { operationName: string; variables: Record<string, unknown> };
    calls.push({ ...body, headers: new Headers(init?.headers) });
    const answer = answers[body.operationName];
    const data = typeof answer === 'function' ? answer(body.variables) : answer;
    return new Response(
      JSON.stringify(data === undefined ? { errors: [{ message: 'no mock' }] } : { data }),
      {
        headers: { 'content-type': 'application/json' },
      },
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders a page as a signed-in user would see it at `url`, with the URL shown in a probe. */
export function renderAs(
  role: Role | null,
  ui: ReactNode,
  options: { url?: string; path?: string; uais?: string[] } = {},
) {
  const session = role ? sessionFromToken(fakeToken(role, options.uais)) : null;
  return render(
    <MemoryRouter initialEntries={[options.url ?? '/']}>
      <AuthProvider initial={session}>
        <Routes>
          <Route path={options.path ?? '*'} element={ui} />
        </Routes>
        <LocationProbe />
      </AuthProvider>
    </MemoryRouter>,
  );
}

/** The server's files fetched so far: their addresses, in the order asked. */
const exportsFetched = () =>
  vi
    .mocked(fetch)
    .mock.calls.map(([url]) => String(url))
    .filter((url) => url.startsWith('/exports/'));

/**
 * Clicks each download button in `scope` (the whole page by default) and answers the addresses of
 * the server's exports they fetched, in order: CSV and XLSX of each table.
 */
export async function downloadedPaths(scope: HTMLElement = document.body): Promise<string[]> {
  if (!vi.isMockFunction(globalThis.fetch))
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('x')),
    );
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  const before = exportsFetched().length;
  const buttons = within(scope).getAllByRole('button', { name: /^Télécharger \(/ });
  for (const button of buttons) await userEvent.click(button);
  await waitFor(() => expect(exportsFetched().length - before).toBe(buttons.length));
  return exportsFetched().slice(before);
}

/** The buttons of the page that are not its downloads: what it lets the user change. */
export const actionButtons = () =>
  screen.queryAllByRole('button').filter((b) => !/^Télécharger/.test(b.textContent ?? ''));
