import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { Store } from '@opale/store';
import { signToken, verifierFrom } from './auth.js';
import { type ItopService, noItop } from './itop-service.js';
import { CSRF_HEADER, createApi } from './yoga.js';

export const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

/** The GraphQL answer, read loosely as tests do. */
export interface Answer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: any }[];
}

/** The headers of a browser-like client: the CSRF header, and a token when a role is given. */
export async function headersOf(role?: Role, uais?: readonly string[]): Promise<Record<string, string>> {
  const headers: Record<string, string> = { [CSRF_HEADER]: 'test' };
  if (role) headers.authorization = `Bearer ${await signToken(SECRET, { role, uais })}`;
  return headers;
}

/** An API on a new SQLite file seeded with the demo records; `close()` throws it all away. */
/** An API on a new SQLite file seeded with the demo records, masked as deployed unless `development`. */
export async function demoApi(
  options: {
    development?: boolean;
    /** The exchanges with iTop: a connected one opens the store with its outbox. */
    itop?: (store: Store) => ItopService;
    /** Without iTop: the portal's address the API gives. */
    portalUrl?: string;
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'opale-api-'));
  const store = await Store.open(join(dir, 'opale.sqlite'), { itopOutbox: options.itop !== undefined });
  await store.replaceDataset(academieDemo, 'test');
  const verify = verifierFrom({ secret: SECRET });
  const itop = options.itop?.(store) ?? (options.portalUrl ? noItop(options.portalUrl) : undefined);
  const api = createApi({
    store,
    verify,
    development: options.development ?? false,
    graphiql: true,
    ...(itop ? { itop } : {}),
  });
  return {
    api,
    store,
    /** POSTs a query as a user of `role` (none: anonymous). */
    async gql(
      query: string,
      variables: object = {},
      role?: Role,
      uais?: string[],
      app = api,
    ): Promise<Answer> {
      const res = await app.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headersOf(role, uais)) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      itop?.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
