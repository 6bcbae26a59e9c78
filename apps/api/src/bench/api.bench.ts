import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { academieDemo } from '@opale/sample-data';
import autocannon from 'autocannon';
import { signToken } from '../auth.js';
import { CSRF_HEADER } from '../yoga.js';
import { type Figures, type Round, report, roundOf } from './api-report.js';
import { dashboardRequest } from './dashboard.js';
import { cpuSeconds, type Running, STARTED_SERVER, seededDatabase, startNode } from './servers.js';

// The built server on a new SQLite file holding the demo records, and
// node:http answering the very same bytes: the committee's dashboard asked of both, by autocannon.
// Figures and goals are printed; the run fails only when the API answers anything but the dashboard.
// Plain and API take turns for a few rounds and the median round is the figure: a machine shared
// with other jobs changes speed from one minute to the next, and each ratio compares two loads
// run back to back. The processor time each server spent a request is printed too: other jobs
// slow a server down, but hardly change what one request costs it.

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? Math.min(5, Math.ceil(DURATION / 4)));
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SECRET = 'a-benchmark-secret-long-enough-for-hs256';
/** A folder for a CPU profile of each server (`node --cpu-prof`), written when it stops. */
const PROFILE = process.env.BENCH_PROFILE;

const dist = (path: string) => fileURLToPath(new URL(path, import.meta.url));

async function load(
  name: string,
  server: Running,
  request: Omit<autocannon.Options, 'url'>,
  duration: number,
): Promise<Figures> {
  const cpuBefore = cpuSeconds(server.pid);
  const result = await autocannon({
    ...request,
    url: server.url,
    connections: CONNECTIONS,
    duration,
    timeout: 30,
  });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    // autocannon counts the timeouts among the errors.
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    cpuUs: ((cpuSeconds(server.pid) - cpuBefore) * 1e6) / Math.max(1, result.requests.total),
  };
}

/** The page of a school user: the waves, and their schools with their kit. */
const SCHOOL_PAGE = `query($asOf: Date!) { waves(asOf: $asOf) { id switchDate counts { attachedCount } }
  eples(first: 20, orderBy: name, asOf: $asOf) { edges { node { uai name kit(asOf: $asOf) { rate { percent } } budget(asOf: $asOf) { executoireOn } } } } }`;

async function mixedCallers(dashboard: string): Promise<autocannon.Request[]> {
  const ask = async (claims: Parameters<typeof signToken>[1], body: string) => ({
    method: 'POST' as const,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await signToken(SECRET, claims, '1h')}`,
      [CSRF_HEADER]: 'bench',
    },
    body,
  });
  const school = JSON.stringify({ query: SCHOOL_PAGE, variables: { asOf: '2024-01-22' } });
  const [first, second] = academieDemo.eple;
  return Promise.all([
    ask({ role: 'committee' }, dashboard),
    ask({ role: 'si2c' }, dashboard),
    ask({ role: 'drasi' }, dashboard),
    ask({ role: 'eple', uais: [first?.uai as string] }, school),
    ask({ role: 'eple', uais: [second?.uai as string] }, school),
  ]);
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'opale-api-bench-'));
  const running: Running[] = [];
  const profile = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [];
  try {
    const api = await startNode(
      STARTED_SERVER,
      [],
      dir,
      {
        NODE_ENV: 'production',
        PORT: '0',
        OPALE_JWT_SECRET: SECRET,
        OPALE_JWKS_URL: '',
        OPALE_DATABASE_URL: await seededDatabase(dir),
      },
      'api',
      profile,
    );
    running.push(api);
    const request = await dashboardRequest(SECRET);
    const once = await fetch(api.url, request);
    const bytes = Buffer.from(await once.arrayBuffer());
    const answer = JSON.parse(bytes.toString('utf8')) as { data?: unknown; errors?: unknown };
    if (once.status !== 200 || answer.errors || !answer.data) {
      console.error(
        `the API did not answer the dashboard (${once.status}): ${bytes.toString('utf8').slice(0, 500)}`,
      );
      return 1;
    }
    writeFileSync(join(dir, 'answer.json'), bytes);
    const plain = await startNode(
      dist('./plain-server.js'),
      [join(dir, 'answer.json')],
      dir,
      {},
      'plain',
      profile,
    );
    running.push(plain);

    const expected = { ...request, expectBody: bytes.toString('utf8') };
    // A mix of callers on the same server: the committee, SI2C and DRASI on the dashboard, two
    // school users on their own page; each connection goes through all five in turn.
    const mix = { requests: await mixedCallers(request.body) };
    const runs = [
      ['plain', plain, expected],
      ['api', api, expected],
      ['api mix', api, mix],
    ] as const;
    if (WARMUP > 0) for (const [name, server, asked] of runs) await load(name, server, asked, WARMUP);
    const figures: Figures[] = [];
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      for (const [name, server, asked] of runs) figures.push(await load(name, server, asked, DURATION));
      rounds.push(roundOf(figures.slice(-3) as [Figures, Figures, Figures]));
    }
    report({ bytes: bytes.length, connections: CONNECTIONS, duration: DURATION, warmup: WARMUP }, rounds);

    const failed = figures.filter((f) => f.non2xx + f.mismatches + f.errors > 0);
    for (const f of failed)
      console.error(`${f.name}: ${f.non2xx} non-2xx, ${f.mismatches} other answers, ${f.errors} errors`);
    return failed.length === 0 ? 0 : 1;
  } finally {
    await Promise.all(running.map((r) => r.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
