import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { academieDemo } from '@opale/sample-data';
import { type Running, residentMiB, STARTED_SERVER, seededDatabase, startNode } from './servers.js';
import { soak } from './soak.js';

// The built server, as deployed, under 60 s of valid reads and writes mixed with malformed
// requests. Printed: crashes, 5xx answers to valid requests and resident memory at warm-up and at
// the end. The run fails on a crash or a 5xx to a valid request, never on speed or memory.

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 20);
const WARMUP = Number(process.env.SOAK_WARMUP ?? 10);
const GOAL_GROWTH = 0.2;
const SECRET = 'a-soak-secret-long-enough-for-hs256-tokens';

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'opale-soak-'));
  let api: Running | null = null;
  try {
    const database = await seededDatabase(dir);
    api = await startNode(
      STARTED_SERVER,
      [],
      dir,
      { PORT: '0', OPALE_JWT_SECRET: SECRET, OPALE_JWKS_URL: '', OPALE_DATABASE_URL: database },
      'api',
    );
    const base = api.url.replace(/\/graphql$/, '');
    const uai = academieDemo.eple[0]?.uai as string;
    // Warm-up: the same mix, for the code to be compiled and the caches filled.
    await soak({ base, secret: SECRET, uai, seconds: WARMUP, connections: CONNECTIONS });
    const warm = residentMiB(api.pid);
    const figures = await soak({ base, secret: SECRET, uai, seconds: SECONDS, connections: CONNECTIONS });
    const end = residentMiB(api.pid);
    const alive =
      (await fetch(`${base}/healthz`)
        .then((r) => r.status)
        .catch(() => 0)) === 200;
    const growth = warm > 0 ? (end - warm) / warm : Number.NaN;

    console.log(
      `\nsoak: ${SECONDS} s after ${WARMUP} s of warm-up, ${CONNECTIONS} connections (¾ valid reads and writes, ¼ malformed); node ${process.version}, ${cpus().length} cores`,
    );
    console.log(
      `valid requests:     ${figures.valid.requests}, by status ${JSON.stringify(figures.valid.byStatus)}, ${figures.valid.errors} connection errors`,
    );
    console.log(
      `malformed requests: ${figures.malformed.requests}, by status ${JSON.stringify(figures.malformed.byStatus)}, ${figures.malformed.errors} connection errors`,
    );
    console.log(`crashes: ${alive ? 0 : 1}   goal 0: ${alive ? 'met' : 'NOT met'}`);
    console.log(
      `5xx answers to valid requests: ${figures.valid5xx}   goal 0: ${figures.valid5xx === 0 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `resident memory: ${warm.toFixed(1)} MiB after warm-up, ${end.toFixed(1)} MiB at the end (${(growth * 100).toFixed(1)} %)   goal < ${GOAL_GROWTH * 100} %: ${growth < GOAL_GROWTH ? 'met' : 'NOT met'}`,
    );
    return alive && figures.valid5xx === 0 ? 0 : 1;
  } finally {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
