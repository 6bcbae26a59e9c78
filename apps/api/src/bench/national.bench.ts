import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENGINES } from '@opale/store/testing';
import { todayInParis } from '../today.js';
import { dashboardRequest } from './dashboard.js';
import { nationalRecords } from './national-records.js';
import { measureStart, type StartFigures } from './national-start.js';
import { STARTED_SERVER } from './servers.js';

// The server on the national generated records (about 8,000 EPLE and 320,000 tickets), on each
// engine: from process start to ready and to the first dashboard, then the dashboard warm at 20
// connections, and the memory held. Goals printed; the run fails only on wrong answers.
//
// BENCH_KEEP=<folder> keeps the seeded databases for the next run. BENCH_COMPARE=<server.js of
// another build> starts it in turn with this build's, on the same records, BENCH_STARTS times
// each (first one, then the other): on a shared machine, the comparison that holds is the one of
// servers run side by side, by their processor time. BENCH_PROFILE=<folder> writes their profiles.

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const STARTS = Number(process.env.BENCH_STARTS ?? 1);
const KEEP = process.env.BENCH_KEEP;
const COMPARE = process.env.BENCH_COMPARE;
const PROFILE = process.env.BENCH_PROFILE;
const CONNECTIONS = 20;
const GOALS = { firstMs: 5000, p99Ms: 100 };
const SECRET = 'a-national-bench-secret-long-enough-for-hs256';
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

const servers: { label: string; script: string }[] = [
  ...(COMPARE ? [{ label: 'compared', script: resolve(COMPARE) }] : []),
  { label: 'this build', script: STARTED_SERVER },
];

function print(label: string, f: StartFigures): void {
  console.log(
    `${label}: listening ${f.listeningMs} ms, ready ${f.readyMs} ms, first dashboard ${f.firstMs} ms (goal < ${GOALS.firstMs} ms: ${met(f.firstMs < GOALS.firstMs)}), ` +
      `server processor time to it ${f.firstCpu.toFixed(2)} s; warm, ${CONNECTIONS} connections, ${DURATION} s: ` +
      `${f.requestsPerSecond.toFixed(0)} req/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms (goal < ${GOALS.p99Ms} ms: ${met(f.p99Ms < GOALS.p99Ms)}), ` +
      `${f.failures} failed; resident ${f.residentMiB.toFixed(0)} MiB; load average ${loadavg()[0]?.toFixed(1)}`,
  );
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function run(engine: 'sqlite' | 'postgres'): Promise<boolean> {
  const records = await nationalRecords(engine, SCALE, KEEP);
  const dir = mkdtempSync(join(tmpdir(), 'opale-national-'));
  let ok = true;
  try {
    console.log(`\n${engine}: ${records.summary}`);
    // The committee's dashboard of today: what a user opening the page asks.
    const request = await dashboardRequest(SECRET, { asOf: todayInParis() });
    const figures = new Map<string, StartFigures[]>(servers.map((s) => [s.label, []]));
    for (let round = 0; round < STARTS; round += 1) {
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const f = await measureStart({
          script: server.script,
          databaseUrl: records.url,
          secret: SECRET,
          dir,
          name: `api-${round}`,
          request,
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          profileDir: PROFILE,
        });
        figures.get(server.label)?.push(f);
        print(`${engine}, ${server.label}, start ${round + 1}`, f);
        ok = ok && f.failures === 0;
      }
    }
    if (STARTS > 1)
      for (const [label, list] of figures)
        console.log(
          `${engine}, ${label}, medians of ${list.length}: first dashboard ${median(list.map((f) => f.firstMs))} ms, processor time ${median(list.map((f) => f.firstCpu)).toFixed(2)} s, p99 ${median(list.map((f) => f.p99Ms))} ms, resident ${median(list.map((f) => f.residentMiB)).toFixed(0)} MiB`,
        );
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await records.release();
  }
}

console.log(
  `national scale ${SCALE}; node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()})`,
);
let ok = true;
for (const engine of ENGINES) ok = (await run(engine)) && ok;
process.exitCode = ok ? 0 : 1;
