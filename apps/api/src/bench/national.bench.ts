import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNational } from '@opale/sample-data';
import { Store } from '@opale/store';
import { ENGINES, freshDatabase } from '@opale/store/testing';
import autocannon from 'autocannon';
import { todayInParis } from '../today.js';
import { dashboardRequest } from './dashboard.js';
import { cpuSeconds, residentMiB, startNode } from './servers.js';

// The server on the national generated records (about 8,000 EPLE and 320,000 tickets), on each
// engine: from process start to ready and to the first dashboard, then the dashboard warm at 20
// connections, and the memory held. Goals printed; the run fails only on wrong answers.

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 20;
const GOALS = { firstMs: 5000, p99Ms: 100 };
const SECRET = 'a-national-bench-secret-long-enough-for-hs256';
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

async function until(check: () => Promise<boolean>, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not reached within ${limitMs} ms`);
}

async function run(engine: 'sqlite' | 'postgres'): Promise<boolean> {
  const db = await freshDatabase(engine);
  const dir = mkdtempSync(join(tmpdir(), 'opale-national-'));
  try {
    const seeding = Date.now();
    const store = await Store.open(db.url);
    const dataset = generateNational({ seed: 1, scale: SCALE });
    await store.replaceDataset(dataset, 'bench');
    await store.close();
    console.log(
      `\n${engine}: ${dataset.eple.length} EPLE, ${dataset.tickets.length} tickets, ${dataset.kit.events.length} kit events, seeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s`,
    );
    // The committee's dashboard of today: what a user opening the page asks.
    const request = await dashboardRequest(SECRET, { asOf: todayInParis() });
    const start = Date.now();
    const api = await startNode(
      fileURLToPath(new URL('../server.js', import.meta.url)),
      [],
      dir,
      { PORT: '0', OPALE_JWT_SECRET: SECRET, OPALE_JWKS_URL: '', OPALE_DATABASE_URL: db.url },
      'api',
    );
    try {
      const base = api.url.replace(/\/graphql$/, '');
      const listening = Date.now() - start;
      await until(async () => (await fetch(`${base}/readyz`)).status === 200, 120_000);
      const ready = Date.now() - start;
      const first = await fetch(api.url, request);
      const firstMs = Date.now() - start;
      const firstCpu = cpuSeconds(api.pid);
      const answer = (await first.json()) as { data?: unknown; errors?: unknown };
      if (first.status !== 200 || answer.errors)
        throw new Error(`the first dashboard failed: ${JSON.stringify(answer).slice(0, 300)}`);
      const warm = await autocannon({
        ...request,
        url: api.url,
        connections: CONNECTIONS,
        duration: DURATION,
      });
      console.log(
        `listening after ${listening} ms, ready after ${ready} ms, first dashboard after ${firstMs} ms   goal < ${GOALS.firstMs} ms: ${met(firstMs < GOALS.firstMs)}`,
      );
      console.log(
        `processor time of the server until the first dashboard: ${firstCpu.toFixed(1)} s; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
      );
      console.log(
        `warm dashboard, ${CONNECTIONS} connections, ${DURATION} s: ${warm.requests.average.toFixed(0)} req/s, p50 ${warm.latency.p50} ms, p99 ${warm.latency.p99} ms   goal < ${GOALS.p99Ms} ms: ${met(warm.latency.p99 < GOALS.p99Ms)}; ${warm.non2xx} non-2xx, ${warm.errors} errors`,
      );
      console.log(`resident memory of the server: ${residentMiB(api.pid).toFixed(0)} MiB`);
      return warm.non2xx === 0 && warm.errors === 0;
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  }
}

console.log(
  `national scale ${SCALE}; node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()})`,
);
let ok = true;
for (const engine of ENGINES) ok = (await run(engine)) && ok;
process.exitCode = ok ? 0 : 1;
