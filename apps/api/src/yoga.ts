import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Store } from '@opale/store';
import {
  type GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ValidationContext,
  validate,
} from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Verifier } from './auth.js';
import { type Caller, rememberVerified } from './caller.js';
import { type Context, createContext } from './context.js';
import { loadExamples } from './examples.js';
import { LIMITS } from './limits.js';
import { schema } from './schema/index.js';

/**
 * The header a client sends with every request a browser could make without a CORS preflight (a
 * GET, or a POST of a form or plain text); any value will do. A POST of `application/json` is
 * preflighted anyway and goes through without it; the web client and GraphiQL send it regardless.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';
/** The header GraphQL over HTTP suggests for the same purpose, accepted as well. */
const REQUIRE_PREFLIGHT = 'graphql-require-preflight';

/** How the API runs. */
export interface ApiOptions {
  readonly store: Store;
  readonly verify: Verifier;
  /** Development and demo: GraphiQL open, errors shown; production: masked, no field suggestions. */
  readonly production: boolean;
  /** GraphiQL for analysts; in production it is still behind the committee or admin role. */
  readonly graphiql: boolean;
}

/**
 * graphql-armor throws from inside validation by default, which yoga answers 200 as if the query
 * had run; reported to the validation context instead, a query over a limit is a validation error
 * like any other: 400 under `application/graphql-response+json`, as GraphQL over HTTP asks.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

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

/**
 * In production the schema is shown (introspection, hence GraphiQL's docs and completion) to the
 * committee and admins only; other callers get an error naming the introspection field.
 */
const analystsOnlyIntrospection: Plugin<Context> = {
  // At execution, when the caller is known (validation runs before the context is built).
  onExecute({ args, setResultAndStopExecution }) {
    const role = (args.contextValue as Partial<Context>).caller?.role;
    if (role === 'committee' || role === 'admin') return;
    const errors = validate(args.schema, args.document, [NoSchemaIntrospectionCustomRule]);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  },
};

/** The configured GraphQL app: tests call `yoga.fetch('http://yoga/graphql', …)` without a port. */
export function createApi(options: ApiOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const examples = loadExamples();
  const verify = rememberVerified(options.verify);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    batching: false,
    maskedErrors: options.production ? true : { isDev: true },
    graphiql: options.graphiql
      ? {
          title: 'opale — GraphiQL',
          additionalHeaders: { [CSRF_HEADER]: 'graphiql' },
          // One tab per ready-made operation of examples/, the committee's dashboard first.
          defaultTabs: examples.map((e) => ({
            query: e.query,
            variables: JSON.stringify(e.variables, null, 2),
            headers: JSON.stringify({ Authorization: 'Bearer <pnpm opale token --role committee>' }, null, 2),
          })),
        }
      : false,
    landingPage: false,
    context: async ({ request }) => createContext(options.store, await callerOf(request, verify)),
    plugins: [
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER, REQUIRE_PREFLIGHT] }),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ...asValidationError },
        maxAliases: { n: LIMITS.maxAliases, ...asValidationError },
        // Counted while parsing: its error is a parse error, answered 400 as such.
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives, ...asValidationError },
        costLimit: { maxCost: LIMITS.maxCost, ...asValidationError },
        blockFieldSuggestion: { enabled: options.production },
      }),
      ...(options.production ? [analystsOnlyIntrospection] : []),
    ],
  });
}
