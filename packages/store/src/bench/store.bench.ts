import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { committeeReport, type Dataset } from '@opale/domain';
import { generateNational } from '@opale/sample-data';
import pg from 'pg';
import { Store } from '../store.js';

// Seeds the national data into SQLite and PostgreSQL, then reads one wave's records and computes
// its figures, side by side on both engines. Figures are printed; nothing fails on speed.

const PG_URL = process.env.OPALE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const AS_OF = '2024-01-22';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await work();
  return [performance.now() - t0, value];
}

async function pgSchema(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(
      `PostgreSQL not reachable at ${PG_URL} (${(error as Error).message}): its figures are left out`,
    );
    return null;
  }
  const schema = `opale_bench_${process.pid}`;
  await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** The wave with the most EPLE that has switched by AS_OF: the heaviest figures to read. */
function busiestWave(d: Dataset): string {
  const counts = new Map<string, number>();
  for (const e of d.eple) counts.set(e.waveId, (counts.get(e.waveId) ?? 0) + 1);
  const switched = d.waves.filter((w) => w.switchDate <= AS_OF);
  return switched.reduce((best, w) => ((counts.get(w.id) ?? 0) > (counts.get(best.id) ?? 0) ? w : best)).id;
}

async function benchEngine(label: string, url: string, dataset: Dataset, waveId: string) {
  const store = await Store.open(url);
  try {
    const [seedMs] = await time(() => store.replaceDataset(dataset, 'bench'));
    const reads: number[] = [];
    const warmReads: number[] = [];
    const figures: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS + 1; i += 1) {
      // A committed write (as any user's) makes the next read a cold one.
      await store.writes.recordFollowUp(
        { uai: dataset.eple[0]?.uai, on: AS_OF, kind: 'call', note: `bench ${i}` },
        'bench',
      );
      const [readMs, wave] = await time(() => store.loadDataset({ waveIds: [waveId] }));
      const [warmMs] = await time(() => store.loadDataset({ waveIds: [waveId] }));
      const t0 = performance.now();
      const report = committeeReport(wave, { asOf: AS_OF, waves: [waveId] });
      const figureMs = performance.now() - t0;
      if (!report.ok) throw new Error('report failed');
      size = wave.eple.length + wave.tickets.length + wave.kit.events.length;
      if (i > 0) {
        reads.push(readMs);
        warmReads.push(warmMs);
        figures.push(figureMs);
      }
    }
    const read = median(reads);
    const warm = median(warmReads);
    const fig = median(figures);
    console.log(
      `${label.padEnd(10)} seed ${(seedMs / 1000).toFixed(1)} s | wave ${waveId} (${size} records), medians of ${RUNS}: ` +
        `figures ${fig.toFixed(1)} ms; read after a write ${read.toFixed(0)} ms, read unchanged ${warm.toFixed(2)} ms; ` +
        `one wave's figures: ${(read + fig).toFixed(0)} ms cold, ${(warm + fig).toFixed(1)} ms warm`,
    );
    return { seedMs, total: read + fig, warm: warm + fig };
  } finally {
    await store.close();
  }
}

const dataset = generateNational({ seed: 1, scale: Number(process.env.BENCH_SCALE ?? 1) });
const waveId = busiestWave(dataset);
console.log(
  `national data: ${dataset.eple.length} EPLE, ${dataset.tickets.length} tickets, ${dataset.tickets.reduce((n, t) => n + t.history.length, 0)} ticket events, ${dataset.kit.events.length} kit events`,
);
const dir = mkdtempSync(join(tmpdir(), 'opale-bench-'));
try {
  const sqlite = await benchEngine('SQLite', join(dir, 'bench.sqlite'), dataset, waveId);
  const schema = await pgSchema();
  if (schema) {
    try {
      const postgres = await benchEngine('PostgreSQL', schema.url, dataset, waveId);
      console.log(
        `PostgreSQL / SQLite: seeding ${(postgres.seedMs / sqlite.seedMs).toFixed(2)}×, one wave's figures ${(postgres.total / sqlite.total).toFixed(2)}× cold, ${(postgres.warm / sqlite.warm).toFixed(2)}× warm`,
      );
    } finally {
      await schema.drop();
    }
  }
  console.log('goals: seeding into SQLite under 30 s; one wave’s figures under 20 ms on SQLite');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
