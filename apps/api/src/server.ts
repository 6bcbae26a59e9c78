import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Store } from '@opale/store';
import pino from 'pino';
import { verifierFrom } from './auth.js';
import { rememberVerified } from './caller.js';
import { readConfig } from './config/config.js';
import { described, guarded, guardProcess } from './http/guard.js';
import { router } from './http/router.js';
import { staticFiles } from './http/static-files.js';
import { noItop, startItop } from './itop-service.js';
import { readPersistedDocuments } from './persisted-documents.js';
import { todayInParis } from './today.js';

// Wiring only: the settings, the store, the demo set-up when there is no secret, the routes.
// Written asynchronously: lines go out in batches while a write is under way, instead of one
// blocking write a request (a tenth of the time of a kept answer in the profile); pino flushes
// them when the process exits.
const log = pino({ name: 'opale-api' }, pino.destination({ sync: false }));
const settings = readConfig(process.env, process.argv.slice(2));
if (!settings.ok) {
  for (const error of settings.errors) log.fatal(error);
  log.fatal('bad settings: refusing to start');
  process.exit(1);
}
const config = settings.value;
guardProcess(log);

const store = await Store.open(undefined, { itopOutbox: config.itop !== undefined });
// Loaded for a demo only: it brings the demo records, which a server with a secret never reads.
const demo =
  config.auth.kind === 'demo' ? await (await import('./demo/set-up.js')).demoSetUp(store, log) : null;
// The records are read from here on, their largest tables in worker threads, while this thread
// loads the GraphQL schema and the routes: the warm-up below joins this read (the store shares a
// read under way), or, if it failed, reads again and says why.
store.loadDataset().catch(() => undefined);
if (!demo && (await store.isEmpty()))
  log.warn(
    { database: store.describe() },
    'the database is empty: import the académie’s records with "opale import waves|annuaire|deployment|itop <file>" (opale --help)',
  );
const [{ createApi }, { warmUp }, { cachedGraphql }, { exportsRoute }] = await Promise.all([
  import('./yoga.js'),
  import('./context.js'),
  import('./http/cached-graphql.js'),
  import('./http/exports.js'),
]);
const { auth } = config;
const verify = rememberVerified(
  verifierFrom({
    secret: demo?.secret ?? (auth.kind === 'secret' ? auth.secret : undefined),
    jwks: auth.kind === 'jwks' ? auth : undefined,
    maxLifetimeSeconds: config.tokenMaxLifetimeSeconds,
  }),
);
// Tickets go to iTop only when it is configured; opale keeps working when iTop is down.
const itop = config.itop
  ? startItop(store, config.itop, config.itopPortalUrl, log)
  : noItop(config.itopPortalUrl);
if (config.itop?.connection.insecure && new URL(config.itop.connection.url).protocol === 'http:')
  log.warn('iTop: the password is sent over http:, in clear (OPALE_ITOP_INSECURE=1): for a test server only');
// The built web client, beside this package in the repository (apps/web/dist), or OPALE_WEB_DIR;
// its documents, which it names by hash, are read from the same folder.
const webDir = config.webDir ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const web = staticFiles(webDir);
const persistedDocuments = (() => {
  try {
    return readPersistedDocuments(webDir);
  } catch (error) {
    log.fatal((error as Error).message);
    log.fatal('the web client’s documents cannot be read: refusing to start (build the web client again)');
    process.exit(1);
  }
})();
const api = createApi({
  persistedDocuments,
  itop,
  store,
  verify,
  development: config.development,
  graphiql: config.graphiql,
  graphiqlToken: demo?.committeeToken,
  bodyBytes: config.limits.bodyBytes,
  variables: config.limits,
  corsOrigins: config.corsOrigins,
});

// Ready once the records are read and today's report computed: a load balancer sends no user to
// a server that would make them wait for it.
const bootedAt = Date.now();
let warm = false;
const warming = () =>
  warmUp(store, todayInParis()).then(
    () => {
      warm = true;
      log.info({ ms: Date.now() - bootedAt }, 'ready: the records are read and today’s report computed');
    },
    (error) => log.error({ err: error }, 'warming up failed: /readyz stays not ready'),
  );

const handle = guarded(
  router({
    graphql:
      config.answerCacheBytes > 0
        ? cachedGraphql({
            answer: (req, res) => api.handleNodeRequestAndResponse(req, res),
            passThrough: (req, res) => api(req, res),
            verify,
            revision: () => store.revision(),
            today: () => todayInParis(),
            persisted: persistedDocuments,
            bodyBytes: config.limits.bodyBytes,
            maxBytes: config.answerCacheBytes,
          })
        : (req, res) => api(req, res),
    web,
    exports: exportsRoute({ store, verify, today: () => todayInParis() }),
    signIn: demo?.signIn ?? null,
    ready: () =>
      store.ping().then(
        () => warm,
        () => false,
      ),
    bodyBytes: config.limits.bodyBytes,
  }),
  log,
);
const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  res.on('finish', () =>
    log.info(
      { ...described(req), status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
      'request',
    ),
  );
  handle(req, res);
});
// Slow or stalled clients do not hold a connection for ever.
server.headersTimeout = config.timeouts.headersMs;
server.requestTimeout = config.timeouts.requestMs;
server.keepAliveTimeout = config.timeouts.keepAliveMs;
server.setTimeout(config.timeouts.requestMs * 2);

const demoToken = await demo?.committeeToken();
server.listen(config.port, config.host, () => {
  // Listening first, so that /healthz answers while the records are read (SQLite reads block).
  void warming();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const everywhere = config.host === '0.0.0.0' || config.host === '::';
  const host = everywhere ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  const base = `http://${host}:${port}`;
  if (config.development) log.warn('development mode: errors are shown whole and the schema to anyone');
  if (demoToken)
    log.info(
      `demo set-up (no OPALE_JWT_SECRET): anyone who reaches it may sign in with any role; ${everywhere ? `it listens on every interface (HOST=${config.host})` : `it listens on ${config.host} only (HOST=0.0.0.0 opens it to the network)`}. Send "Authorization: Bearer <token>"; a committee token: ${demoToken} — others: pnpm opale token --role <role> [--uai <UAI>]`,
    );
  // Last: those who wait for the server read this line's URL.
  log.info(
    {
      database: store.describe(),
      url: `${base}/graphql`,
      host: config.host,
      webFiles: web.files,
      persistedDocuments: persistedDocuments.size,
    },
    `opale on ${base}/ (the web client) and ${base}/graphql (GraphiQL in a browser)`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    itop.stop();
    void store.close().then(() => process.exit(0));
  });
}
