import { performance } from 'node:perf_hooks';
import { type CommitteeReport, committeeReport, type Dataset } from '@opale/domain';
import { generateNational } from '../index.js';
import { type HandFigures, handLoop } from './hand-loop.js';

const AS_OF = '2024-01-22';
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Measure<T> {
  times: number[];
  peak: number;
  last: T;
}

function runOnce<T>(fn: () => T, m: Measure<T>): void {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  m.last = fn();
  m.times.push(performance.now() - t0);
  m.peak = Math.max(m.peak, process.memoryUsage().heapUsed - before);
}

/**
 * Times both functions RUNS times each after two warm-ups, alternating them so that a slower
 * moment of the machine weighs on both alike; medians in ms, peak heap growth in MiB.
 */
function measurePair<A, B>(a: () => A, b: () => B) {
  const ma: Measure<A> = { times: [], peak: 0, last: a() };
  const mb: Measure<B> = { times: [], peak: 0, last: b() };
  a();
  b();
  for (let i = 0; i < RUNS; i += 1) {
    runOnce(a, ma);
    runOnce(b, mb);
  }
  const summary = <T>(m: Measure<T>) => ({
    median: median(m.times),
    peakHeapMiB: m.peak / 2 ** 20,
    last: m.last,
  });
  return [summary(ma), summary(mb)] as const;
}

function figuresOf(r: CommitteeReport): HandFigures {
  const t = r.tickets;
  const row = (x: typeof t.all) => [x.total, x.national, x.si2c, x.drasi];
  return {
    budgets: Object.fromEntries(
      r.waves.map((w) => [w.id, { executoire: w.budget.executoire, total: w.budget.total }]),
    ),
    kit: Object.fromEntries(
      r.waves.map((w) => [w.id, [w.kit.buckets.below10, w.kit.buckets.from10To30, w.kit.buckets.above30]]),
    ),
    tickets: [row(t.all), row(t.resolved), row(t.inProgress), row(t.inProgressOverThreshold)],
    flagged: r.difficulty.eple.map((e) => e.uai).sort(),
  };
}

const t0 = performance.now();
const dataset: Dataset = generateNational({ seed: 1, scale: 1 });
const genMs = performance.now() - t0;
console.log(
  `national data (seed 1, scale 1): ${dataset.eple.length} EPLE, ${dataset.tickets.length} tickets, ` +
    `${dataset.kit.events.length} kit events, ${dataset.waves.length} waves — generated in ${genMs.toFixed(0)} ms`,
);

const [report, hand] = measurePair(
  () => {
    const r = committeeReport(dataset, { asOf: AS_OF });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
    return r.value;
  },
  () => handLoop(dataset, AS_OF),
);

const same = JSON.stringify(figuresOf(report.last)) === JSON.stringify(hand.last);
console.log(`same figures from both: ${same ? 'yes' : 'NO'}`);
console.log(
  `committeeReport   median ${report.median.toFixed(1)} ms   peak heap +${report.peakHeapMiB.toFixed(1)} MiB`,
);
console.log(
  `hand-written loop median ${hand.median.toFixed(1)} ms   peak heap +${hand.peakHeapMiB.toFixed(1)} MiB`,
);
console.log(
  `ratio report / hand loop: ${(report.median / hand.median).toFixed(2)}× (goal ≤ 2×), report goal < 200 ms`,
);
console.log(
  `process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB over ${RUNS} runs each`,
);
if (!same) process.exitCode = 1;
