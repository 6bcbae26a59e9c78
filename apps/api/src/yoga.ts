import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Store } from '@opale/store';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Verifier } from './auth.js';
import type { Caller } from './caller.js';
import { type Context, createContext } from './context.js';
import { loadExamples } from './examples.js';
import { LIMITS } from './limits.js';
import { schema } from './schema/index.js';

/** How the API runs. */
export interface ApiOptions {
  readonly store: Store;
  readonly verify: Verifier;
  /** Development and demo: GraphiQL open, errors shown; production: masked, no field suggestions. */
  readonly production: boolean;
  /** GraphiQL for analysts; in production it is still behind the committee or admin role. */
  readonly graphiql: boolean;
}

async function callerOf(request: Request, verify: Verifier): Promise<Caller | null> {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return null;
  try {
    return await verify(match[1] as string);
  } catch {
    // A bad or expired token is the same as none: the schema then refuses what needs a role.
    return null;
  }
}

/** The configured GraphQL app: tests call `yoga.fetch('http://yoga/graphql', …)` without a port. */
export function createApi(options: ApiOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const examples = loadExamples();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    batching: false,
    maskedErrors: options.production ? true : { isDev: true },
    graphiql: options.graphiql
      ? {
          title: 'opale — GraphiQL',
          // One tab per ready-made operation of examples/, the committee's dashboard first.
          defaultTabs: examples.map((e) => ({
            query: e.query,
            variables: JSON.stringify(e.variables, null, 2),
            headers: JSON.stringify({ Authorization: 'Bearer <pnpm opale token --role committee>' }, null, 2),
          })),
        }
      : false,
    landingPage: false,
    context: async ({ request }) => createContext(options.store, await callerOf(request, options.verify)),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives },
        costLimit: { maxCost: LIMITS.maxCost },
        blockFieldSuggestion: { enabled: options.production },
      }),
    ],
  });
}
