import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { academieDemo } from '@opale/sample-data';
import autocannon from 'autocannon';
import { signToken } from '../auth.js';
import { CSRF_HEADER } from '../yoga.js';
import { dashboardRequest } from './dashboard.js';
import { type Running, seededDatabase, startNode } from './servers.js';

// The built server on a new SQLite file holding the demo records, and
// node:http answering the very same bytes: the committee's dashboard asked of both, by autocannon.
// Figures and goals are printed; the run fails only when the API answers anything but the dashboard.

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? Math.min(5, Math.ceil(DURATION / 4)));
const GOALS = { ratio: 0.5, p99Ms: 50 };
const SECRET = 'a-benchmark-secret-long-enough-for-hs256';
/** A folder for a CPU profile of the API server (`node --cpu-prof`), written when it stops. */
const PROFILE = process.env.BENCH_PROFILE;

const dist = (path: string) => fileURLToPath(new URL(path, import.meta.url));

interface Figures {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Answers that were not 2xx, or not the dashboard's bytes, and requests that failed. */
  readonly non2xx: number;
  readonly mismatches: number;
  readonly errors: number;
  /** Requests given up after `timeout` seconds: slowness, counted but not a failure. */
  readonly timeouts: number;
}

async function load(name: string, url: string, request: Omit<autocannon.Options, 'url'>, duration: number) {
  const result = await autocannon({
    ...request,
    url,
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
  } satisfies Figures;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
function row(f: Figures): string {
  return [
    f.name.padEnd(10),
    pad(f.requestsPerSecond.toFixed(0), 9),
    pad(f.p50, 7),
    pad(f.p99, 7),
    pad(f.non2xx, 8),
    pad(f.mismatches, 11),
    pad(f.errors, 7),
    pad(f.timeouts, 9),
  ].join(' ');
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
  try {
    const api = await startNode(
      dist('../server.js'),
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
      PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [],
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
    const plain = await startNode(dist('./plain-server.js'), [join(dir, 'answer.json')], dir, {}, 'plain');
    running.push(plain);

    const expected = { ...request, expectBody: bytes.toString('utf8') };
    const figures: Figures[] = [];
    for (const [name, url] of [
      ['plain', plain.url],
      ['api', api.url],
    ] as const) {
      if (WARMUP > 0) await load(name, url, expected, WARMUP);
      figures.push(await load(name, url, expected, DURATION));
    }
    // A mix of callers on the same server: the committee, SI2C and DRASI on the dashboard, two
    // school users on their own page; each connection goes through all five in turn.
    const mix = await mixedCallers(request.body);
    if (WARMUP > 0) await load('api mix', api.url, { requests: mix }, WARMUP);
    figures.push(await load('api mix', api.url, { requests: mix }, DURATION));
    const [p, a, m] = figures as [Figures, Figures, Figures];
    const ratio = a.requestsPerSecond / p.requestsPerSecond;
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

    console.log(
      `\nPOST /graphql, examples/committee-dashboard.graphql as committee, ${bytes.length} bytes an answer`,
    );
    console.log(
      `${CONNECTIONS} connections, ${DURATION} s each after ${WARMUP} s of warm-up; node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()})\n`,
    );
    console.log('server     req/s     p50 ms  p99 ms  non-2xx  mismatches  errors  timeouts');
    for (const f of figures) console.log(row(f));
    console.log(
      `\nratio api/plain: ${ratio.toFixed(2)}   goal ≥ ${GOALS.ratio}: ${met(ratio >= GOALS.ratio)}`,
    );
    console.log(`api p99: ${a.p99} ms   goal < ${GOALS.p99Ms} ms: ${met(a.p99 < GOALS.p99Ms)}`);
    const mixRatio = m.requestsPerSecond / p.requestsPerSecond;
    console.log(
      `mix of callers: ratio ${mixRatio.toFixed(2)}   goal ≥ ${GOALS.ratio}: ${met(mixRatio >= GOALS.ratio)}; p99 ${m.p99} ms   goal < ${GOALS.p99Ms} ms: ${met(m.p99 < GOALS.p99Ms)}`,
    );

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
