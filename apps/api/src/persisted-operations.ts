import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { type PersistedDocuments, persistedHashOf } from './persisted-documents.js';

/**
 * Operations named by the hash of a document of the web client (`extensions.persistedQuery`),
 * run as the document itself, through the same limits and checks. Any other document is still
 * run as sent (GraphiQL, analysts, a client that sends its text). A hash the API does not know is
 * answered `PersistedQueryNotFound`, the word on which a client sends the document again whole.
 */
export function persistedOperations(documents: PersistedDocuments): Plugin {
  const plugin = usePersistedOperations({
    allowArbitraryOperations: true,
    extractPersistedOperationId: (params) => persistedHashOf(params.extensions),
    // Given as text, the document is parsed by yoga as any other: the limits counted while
    // parsing (graphql-armor's tokens) hold for it too.
    getPersistedOperation: (hash) => documents.get(hash)?.text ?? null,
    customErrors: {
      notFound: {
        message: 'PersistedQueryNotFound',
        extensions: {
          code: 'PERSISTED_QUERY_NOT_FOUND',
          field: 'extensions.persistedQuery.sha256Hash',
          expected: 'the SHA-256 of a document of the web client, or the document itself as `query`',
        },
      },
    },
  });
  return {
    ...plugin,
    onParams(payload) {
      // Neither a document nor a hash: left to yoga, which says a query is missing.
      if (!payload.params.query && persistedHashOf(payload.params.extensions) === null) return;
      return plugin.onParams?.(payload);
    },
  };
}
