import { Client, cacheExchange, fetchExchange } from 'urql';

/** The header graphql-yoga's CSRF prevention asks of every request that is not a simple one. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * The one urql client of the app, for one signed-in session. A new session gets a new client, so
 * that nothing read with one role's token is served from the cache to another.
 */
export function createApiClient(token: string | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // Figures change when anyone records something: show the cached view, then the server's.
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      headers: {
        [CSRF_HEADER]: '1',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }),
  });
}
