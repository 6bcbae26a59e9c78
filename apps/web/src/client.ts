import { persistedExchange } from '@urql/exchange-persisted';
import { Client, cacheExchange, type DocumentInput, fetchExchange } from 'urql';

/** The header graphql-yoga's CSRF prevention asks of every request that is not a simple one. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** The SHA-256 graphql-codegen gave a document of the app (`persistedDocuments`), if it has one. */
export async function documentHash(_text: string, document: DocumentInput): Promise<string | undefined> {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

/**
 * The one urql client of the app, for one signed-in session. A new session gets a new client, so
 * that nothing read with one role's token is served from the cache to another.
 *
 * Queries go by GET with their document's hash instead of its text (the API knows the app's
 * documents): short URLs the browser keeps, for this user, and asks again with `If-None-Match`,
 * answered `304 Not Modified` while the records are unchanged. Mutations go by POST, whole. A hash
 * the API does not know (a tab left open across a new version) is sent again with its text.
 */
export function createApiClient(token: string | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      persistedExchange({ preferGetForPersistedQueries: 'within-url-limit', generateHash: documentHash }),
      fetchExchange,
    ],
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
