import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER, createApiClient } from './client';
import * as generated from './gql/graphql';

// What the client sends for each of the app's documents: a query by GET, named by its hash, in a
// URL short enough for urql's GET (2,048 characters) and so for the API's request target (4,096).
const URL_LIMIT = 2048;
const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '../../api/schema.graphql');
const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
type HashedDocument = DocumentNode & { __meta__?: { hash: string } };
const documents = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => ({
    name,
    document: document as HashedDocument,
  }));
const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/**
 * Variables as long as they come in use: every optional one set, strings of 40 characters (a
 * cursor, a UAI, a ticket's reference are shorter), the longest value of each enum, lists of 5.
 */
function longValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return Array.from({ length: 5 }, () => longValue(inner.ofType));
  if (isEnumType(inner))
    return inner.getValues().reduce((a, b) => (b.name.length > a.length ? b.name : a), '');
  if (isInputObjectType(inner))
    return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, longValue(f.type)]));
  const scalars: Record<string, unknown> = {
    Date: '2024-01-22',
    Int: 99_999,
    Float: 99_999.5,
    Boolean: false,
  };
  return inner.name in scalars ? scalars[inner.name] : 'x'.repeat(40);
}

const longVariables = (operation: OperationDefinitionNode) =>
  Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      longValue(typeFromAST(schema, v.type as never) as GraphQLInputType),
    ]),
  );

/** The requests the client makes, answered with empty data. */
function recordRequests() {
  const sent: { url: URL; method: string; body: Record<string, unknown> | null; headers: Headers }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      sent.push({
        url: new URL(String(url), 'http://opale.test'),
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(String(init.body)) : null,
        headers: new Headers(init?.headers),
      });
      return new Response(JSON.stringify({ data: null }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('sends every query of the app by GET, named by its hash, within the URL limit', async () => {
    const sent = recordRequests();
    const client = createApiClient('token');
    const queries = documents.filter(({ document }) => operationOf(document)?.operation === 'query');
    expect(queries.length).toBeGreaterThan(20);
    const lengths: [string, number][] = [];
    for (const { name, document } of queries) {
      const operation = operationOf(document) as OperationDefinitionNode;
      await client.query(document, longVariables(operation), { requestPolicy: 'network-only' }).toPromise();
      const request = sent.at(-1);
      expect(request?.method, name).toBe('GET');
      const params = request?.url.searchParams;
      expect(params?.get('query'), name).toBeNull();
      expect(JSON.parse(params?.get('extensions') ?? '{}')).toEqual({
        persistedQuery: { version: 1, sha256Hash: document.__meta__?.hash },
      });
      expect(request?.headers.get('authorization')).toBe('Bearer token');
      expect(request?.headers.get(CSRF_HEADER)).toBe('1');
      const length = `${request?.url.pathname}${request?.url.search}`.length;
      expect(length, name).toBeLessThan(URL_LIMIT);
      lengths.push([operation.name?.value ?? name, length]);
    }
    lengths.sort((a, b) => b[1] - a[1]);
    console.log(
      `${queries.length} queries by GET, longest URLs (long variables): ${lengths
        .slice(0, 3)
        .map(([n, l]) => `${n} ${l}`)
        .join(', ')} characters (urql's GET limit ${URL_LIMIT}, the API's 4096)`,
    );
  });

  it('sends a query whose variables outgrow the URL by POST, still by hash', async () => {
    const sent = recordRequests();
    const document: HashedDocument = generated.ScenarioComparisonDocument;
    const moves = Array.from({ length: 100 }, (_, i) => ({
      uai: `08${String(i).padStart(5, '0')}A`,
      toWave: 'V7',
    }));
    await createApiClient(null)
      .query(document, { asOf: '2024-01-22', scenario: { moves } }, { requestPolicy: 'network-only' })
      .toPromise();
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url.search).toBe('');
    expect(sent[0]?.body).toMatchObject({
      extensions: { persistedQuery: { sha256Hash: document.__meta__?.hash } },
    });
    expect(sent[0]?.body?.query).toBeUndefined();
  });

  it('sends a mutation by POST, whole', async () => {
    const sent = recordRequests();
    const [mutation] = documents.filter(({ document }) => operationOf(document)?.operation === 'mutation');
    const operation = operationOf(mutation?.document as DocumentNode) as OperationDefinitionNode;
    await createApiClient('token')
      .mutation(mutation?.document as DocumentNode, longVariables(operation))
      .toPromise();
    expect(sent[0]?.method).toBe('POST');
    expect(String(sent[0]?.body?.query)).toMatch(/^mutation /);
    expect(sent[0]?.body?.extensions).toBeUndefined();
  });

  it('sends a query whole when the API does not know its hash (a tab open across a new version)', async () => {
    const sent: { method: string; body: Record<string, unknown> | null }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
        sent.push({ method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : null });
        const answer =
          sent.length === 1 ? { errors: [{ message: 'PersistedQueryNotFound' }] } : { data: null };
        return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
      }),
    );
    const result = await createApiClient('token')
      .query(generated.DashboardDocument, { asOf: '2024-01-22' }, { requestPolicy: 'network-only' })
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(sent.map((s) => s.method)).toEqual(['GET', 'POST']);
    expect(String(sent[1]?.body?.query)).toMatch(/^query Dashboard/);
  });
});
