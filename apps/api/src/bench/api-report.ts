import { cpus } from 'node:os';

/** What one load of one server gave. */
export interface Figures {
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
  /** The server's processor time a request, in microseconds. */
  readonly cpuUs: number;
}

/** One round: the plain server, the API and the mix of callers, run back to back. */
export interface Round {
  readonly plain: Figures;
  readonly api: Figures;
  readonly mix: Figures;
  /** Requests a second of the API (or the mix) over the plain server's. */
  readonly ratio: number;
  readonly mixRatio: number;
  /** The plain server's processor time a request over the API's (or the mix's). */
  readonly cpuRatio: number;
  readonly mixCpuRatio: number;
}

export const GOALS = { ratio: 0.5, aimRatio: 0.9, p99Ms: 50, aimP99Ms: 10 };

export function roundOf([plain, api, mix]: readonly [Figures, Figures, Figures]): Round {
  return {
    plain,
    api,
    mix,
    ratio: api.requestsPerSecond / plain.requestsPerSecond,
    mixRatio: mix.requestsPerSecond / plain.requestsPerSecond,
    cpuRatio: plain.cpuUs / api.cpuUs,
    mixCpuRatio: plain.cpuUs / mix.cpuUs,
  };
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
    pad(f.cpuUs.toFixed(0), 10),
  ].join(' ');
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** Prints every load, then the median round beside the goals. */
export function report(
  setting: { bytes: number; connections: number; duration: number; warmup: number },
  rounds: readonly Round[],
) {
  console.log(
    `\nPOST /graphql, examples/committee-dashboard.graphql as committee, ${setting.bytes} bytes an answer`,
  );
  console.log(
    `${setting.connections} connections, ${rounds.length} rounds of ${setting.duration} s a server after ${setting.warmup} s of warm-up; node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()})\n`,
  );
  console.log('server     req/s     p50 ms  p99 ms  non-2xx  mismatches  errors  timeouts  cpu µs/req');
  rounds.forEach((round, i) => {
    console.log(`round ${i + 1}: ratio ${round.ratio.toFixed(2)}, mix ${round.mixRatio.toFixed(2)}`);
    for (const f of [round.plain, round.api, round.mix]) console.log(row(f));
  });
  // The median round by the API's ratio: neither the luckiest nor the unluckiest minute.
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)] as Round;
  const { api, mix } = median;
  console.log(
    `\nmedian round: ratio api/plain ${median.ratio.toFixed(2)}   goal ≥ ${GOALS.ratio}: ${met(median.ratio >= GOALS.ratio)}; aim ≥ ${GOALS.aimRatio}: ${met(median.ratio >= GOALS.aimRatio)}`,
  );
  console.log(
    `api p99: ${api.p99} ms   goal < ${GOALS.p99Ms} ms: ${met(api.p99 < GOALS.p99Ms)}; aim < ${GOALS.aimP99Ms} ms: ${met(api.p99 < GOALS.aimP99Ms)}`,
  );
  console.log(
    `mix of callers: ratio ${median.mixRatio.toFixed(2)}   goal ≥ ${GOALS.ratio}: ${met(median.mixRatio >= GOALS.ratio)}; p99 ${mix.p99} ms   goal < ${GOALS.p99Ms} ms: ${met(mix.p99 < GOALS.p99Ms)}`,
  );
  console.log(
    `processor time a request, plain over api: ${median.cpuRatio.toFixed(2)} (mix ${median.mixCpuRatio.toFixed(2)}): the ratio the machine would give if the servers alone used it`,
  );
}
