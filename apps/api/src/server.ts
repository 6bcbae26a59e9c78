import { createServer } from 'node:http';
import { academieDemo } from '@opale/sample-data';
import { Store } from '@opale/store';
import pino from 'pino';
import { demoSecret, signToken, verifierFrom } from './auth.js';
import { createApi } from './yoga.js';

const log = pino({ name: 'opale-api' });
const production = process.env.NODE_ENV === 'production';
const secret = process.env.OPALE_JWT_SECRET;
const jwksUrl = process.env.OPALE_JWKS_URL;
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
  api(req, res);
});

server.listen(Number(process.env.PORT ?? 4000), () => {
  const address = server.address();
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : process.env.PORT}`;
  log.info(
    { database: store.describe(), url: `${base}/graphql` },
    `opale API on ${base}/graphql (GraphiQL in a browser)`,
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
