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
import { callerOfHeader } from './bearer.js';
import type { Verifier } from './caller.js';
import { DEFAULT_LIMITS } from './config/config.js';
import { type Context, createContext } from './context.js';
import { loadExamples } from './examples.js';
import type { ItopService } from './itop-service.js';
import { LIMITS } from './limits.js';
import { NO_PERSISTED_DOCUMENTS, type PersistedDocuments } from './persisted-documents.js';
import { persistedOperations } from './persisted-operations.js';
import { schema } from './schema/index.js';
import { jsonUrlParams } from './url-params.js';
import { type VariablesLimits, variablesLimit } from './variables-limit.js';

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
  /** How tokens are checked; the server passes one that remembers them (`rememberVerified`). */
  readonly verify: Verifier;
  /**
   * Started in development on purpose: errors shown whole, field suggestions, the schema shown to
   * anonymous callers. Otherwise (the default, whatever NODE_ENV says) errors are masked, and the
   * schema is shown to signed-in callers only.
   */
  readonly development?: boolean;
  /** GraphiQL for analysts at `/graphql` in a browser. */
  readonly graphiql: boolean;
  /** The token GraphiQL's tabs open with (the demo set-up's committee token), instead of a placeholder. */
  readonly graphiqlToken?: () => Promise<string>;
  /** The largest request body, answered 413 beyond (1 MiB by default). */
  readonly bodyBytes?: number;
  /** The largest variables of an operation (64 KiB and lists of 1,000 items by default). */
  readonly variables?: VariablesLimits;
  /** Origins answered with CORS headers; none (the default): same-origin only. */
  readonly corsOrigins?: readonly string[];
  /** The exchanges with iTop; none (the default): tickets stay in opale, ready to paste. */
  readonly itop?: ItopService;
  /** The web client's documents, run when a request names one by its hash; none by default. */
  readonly persistedDocuments?: PersistedDocuments;
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

/**
 * The schema (introspection, hence GraphiQL's docs and completion) is no secret from anyone
 * signed in, whatever their role; anonymous callers get an error naming the introspection field.
 */
const signedInIntrospection: Plugin<Context> = {
  // At execution, when the caller is known (validation runs before the context is built).
  onExecute({ args, setResultAndStopExecution }) {
    if ((args.contextValue as Partial<Context>).caller) return;
    const errors = validate(args.schema, args.document, [NoSchemaIntrospectionCustomRule]);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  },
};

/** The configured GraphQL app: tests call `yoga.fetch('http://yoga/graphql', …)` without a port. */
export function createApi(options: ApiOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const examples = loadExamples();
  const development = options.development ?? false;
  const origins = options.corsOrigins ?? [];
  const token = options.graphiqlToken ?? (async () => '<pnpm opale token --role committee>');
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    batching: false,
    // isDev is said either way: yoga would otherwise take it from NODE_ENV.
    maskedErrors: { isDev: development },
    maxRequestBodySize: options.bodyBytes ?? DEFAULT_LIMITS.bodyBytes,
    cors: origins.length > 0 ? { origin: [...origins], credentials: true, methods: ['GET', 'POST'] } : false,
    // Built for each page load, so that the demo's token in its headers is always a fresh one.
    graphiql: options.graphiql
      ? async () => {
          const headers = JSON.stringify({ Authorization: `Bearer ${await token()}` }, null, 2);
          return {
            title: 'opale — GraphiQL',
            additionalHeaders: { [CSRF_HEADER]: 'graphiql' },
            // One tab per ready-made operation of examples/, the committee's dashboard first.
            defaultTabs: examples.map((e) => ({
              query: e.query,
              variables: JSON.stringify(e.variables, null, 2),
              headers,
            })),
          };
        }
      : false,
    landingPage: false,
    context: async ({ request }) =>
      createContext(
        options.store,
        await callerOfHeader(request.headers.get('authorization'), options.verify),
        undefined,
        options.itop,
      ),
    plugins: [
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER, REQUIRE_PREFLIGHT] }),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ...asValidationError },
        maxAliases: { n: LIMITS.maxAliases, ...asValidationError },
        // Counted while parsing: its error is a parse error, answered 400 as such.
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives, ...asValidationError },
        costLimit: { maxCost: LIMITS.maxCost, ...asValidationError },
        blockFieldSuggestion: { enabled: !development },
      }),
      jsonUrlParams,
      persistedOperations(options.persistedDocuments ?? NO_PERSISTED_DOCUMENTS),
      variablesLimit(options.variables ?? DEFAULT_LIMITS),
      ...(development ? [] : [signedInIntrospection]),
    ],
  });
}
