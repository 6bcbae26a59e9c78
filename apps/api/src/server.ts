import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { academieDemo } from '@opale/sample-data';
import { Store } from '@opale/store';
import pino from 'pino';
import { demoSecret, signToken, verifierFrom } from './auth.js';
import { demoSignIn } from './demo-auth.js';
import { staticFiles } from './static-files.js';
import { createApi } from './yoga.js';

const log = pino({ name: 'opale-api' });
const production = process.env.NODE_ENV === 'production';
const secret = process.env.OPALE_JWT_SECRET || undefined;
const jwksUrl = process.env.OPALE_JWKS_URL || undefined;
if (production && !secret && !jwksUrl) {
  log.fatal(
    'NODE_ENV=production needs OPALE_JWT_SECRET (at least 32 characters) or OPALE_JWKS_URL: refusing to start',
  );
  process.exit(1);
}
if (production && secret && secret.length < 32) {
  log.fatal('OPALE_JWT_SECRET is too short for production (at least 32 characters): refusing to start');
  process.exit(1);
}

const store = await Store.open();
if (await store.isEmpty()) {
  await store.replaceDataset(academieDemo, 'demo-seed');
  log.info({ database: store.describe() }, 'new database: the académie demo records were seeded');
}
const demo = !secret && !jwksUrl;
const jwtSecret = secret ?? (demo ? demoSecret() : undefined);
const api = createApi({
  store,
  verify: verifierFrom({ secret: jwtSecret, jwksUrl }),
  production,
  graphiql: process.env.OPALE_GRAPHIQL !== 'off',
});

// The built web client, beside this package in the repository (apps/web/dist), or OPALE_WEB_DIR.
const web = staticFiles(
  process.env.OPALE_WEB_DIR ?? fileURLToPath(new URL('../../web/dist', import.meta.url)),
);
const signIn = demo && jwtSecret ? demoSignIn(store, jwtSecret) : null;

/** Hands a Node request to a fetch-style handler and writes its answer back. */
async function viaFetch(
  handler: (r: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const request = new Request(new URL(req.url ?? '/', 'http://localhost'), {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
  });
  const answer = await handler(request);
  res
    .writeHead(answer.status, Object.fromEntries(answer.headers))
    .end(Buffer.from(await answer.arrayBuffer()));
}

const server = createServer(async (req, res) => {
  const started = process.hrtime.bigint();
  res.on('finish', () =>
    log.info(
      {
        method: req.method,
        url: req.url,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      },
      'request',
    ),
  );
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  if (req.url === '/readyz') {
    const ready = await store.integrityCheck().then(
      () => true,
      () => false,
    );
    res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ready' : 'not ready');
    return;
  }
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/auth/demo' && signIn) {
    await viaFetch(signIn, req, res);
    return;
  }
  if (path !== '/graphql' && web(req, res)) return;
  api(req, res);
});

server.listen(Number(process.env.PORT ?? 4000), () => {
  const address = server.address();
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : process.env.PORT}`;
  log.info(
    { database: store.describe(), url: `${base}/graphql` },
    `opale on ${base}/ (the web client) and ${base}/graphql (GraphiQL in a browser)`,
  );
  if (demo && jwtSecret) {
    void signToken(jwtSecret, { role: 'committee', subject: 'demo' }).then((token) =>
      log.info(
        `demo set-up: send "Authorization: Bearer <token>"; a committee token: ${token} — others: pnpm opale token --role <role> [--uai <UAI>]`,
      ),
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void store.close().then(() => process.exit(0));
  });
}
