import autocannon from 'autocannon';
import { cpuSeconds, residentMiB, startNode } from './servers.js';

// One start of a server on the national records: from process start to listening, to ready and
// to the first dashboard, the processor time it took, then the dashboard warm and the memory held.

/** What one start of a server measured. */
export interface StartFigures {
  readonly listeningMs: number;
  readonly readyMs: number;
  readonly firstMs: number;
  /** The server's processor time (user and system) until the first dashboard was answered, in seconds. */
  readonly firstCpu: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failures: number;
  readonly residentMiB: number;
}

async function until(check: () => Promise<boolean>, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not reached within ${limitMs} ms`);
}

/** The dashboard request, as `dashboardRequest` makes it. */
type Request = { method: 'POST'; headers: Record<string, string>; body: string };

/**
 * Starts the built server `script` on the database at `databaseUrl` (its log in `dir`), measures
 * it, and stops it. `profileDir` writes its processor profile there (`--cpu-prof`).
 */
export async function measureStart(options: {
  script: string;
  databaseUrl: string;
  secret: string;
  dir: string;
  name: string;
  request: Request;
  connections: number;
  durationSeconds: number;
  profileDir?: string;
}): Promise<StartFigures> {
  const { request } = options;
  const start = Date.now();
  const api = await startNode(
    options.script,
    [],
    options.dir,
    {
      PORT: '0',
      OPALE_JWT_SECRET: options.secret,
      OPALE_JWKS_URL: '',
      OPALE_DATABASE_URL: options.databaseUrl,
    },
    options.name,
    options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
  );
  try {
    const base = api.url.replace(/\/graphql$/, '');
    const listeningMs = Date.now() - start;
    await until(async () => (await fetch(`${base}/readyz`)).status === 200, 120_000);
    const readyMs = Date.now() - start;
    const first = await fetch(api.url, request);
    const firstMs = Date.now() - start;
    const firstCpu = cpuSeconds(api.pid);
    const answer = (await first.json()) as { data?: unknown; errors?: unknown };
    if (first.status !== 200 || answer.errors)
      throw new Error(`the first dashboard failed: ${JSON.stringify(answer).slice(0, 300)}`);
    const warm = await autocannon({
      ...request,
      url: api.url,
      connections: options.connections,
      duration: options.durationSeconds,
    });
    return {
      listeningMs,
      readyMs,
      firstMs,
      firstCpu,
      requestsPerSecond: warm.requests.average,
      p50Ms: warm.latency.p50,
      p99Ms: warm.latency.p99,
      failures: warm.non2xx + warm.errors,
      residentMiB: residentMiB(api.pid),
    };
  } finally {
    await api.stop();
  }
}
