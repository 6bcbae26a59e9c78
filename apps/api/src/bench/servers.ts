import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The server as `pnpm start` runs it: the bundle built beside the compiled sources (see rolldown.config.mjs). */
export const STARTED_SERVER = fileURLToPath(new URL('../../bundle/server.js', import.meta.url));

/** A server in a process of its own, and the URL it listens on. */
export interface Running {
  readonly url: string;
  /** The process's id, to read what memory it holds. */
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `node script args…` in `dir` with `env`, its output in a file of `dir` (so that a
 * server's log costs it what a file costs, and the benchmark nothing), and waits for the first
 * `"url":"…"` it writes.
 */
export async function startNode(
  script: string,
  args: readonly string[],
  dir: string,
  env: Record<string, string>,
  name: string,
  nodeOptions: readonly string[] = [],
): Promise<Running> {
  const log = join(dir, `${name}.log`);
  const out = openSync(log, 'w');
  const child = spawn(process.execPath, [...nodeOptions, script, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
  });
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  for (let waited = 0; waited < 60_000; waited += 50) {
    const url = /"url":"(http:[^"]+)"/.exec(readFileSync(log, 'utf8'))?.[1];
    if (url) return { url, pid: child.pid as number, stop: () => stop(child) };
    if (exited !== null) break;
    await sleep(50);
  }
  await stop(child);
  throw new Error(`${name} did not start (exit ${exited}):\n${readFileSync(log, 'utf8')}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The memory a process holds now (its resident set), in MiB; 0 where /proc cannot tell. */
export function residentMiB(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The processor time a process has used so far (user and system), in seconds; 0 where /proc
 * cannot tell. On a machine shared with other jobs it says what the wall-clock time cannot.
 */
export function cpuSeconds(pid: number): number {
  try {
    // The fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Puts the académie's demo records into the database at `url`: a server with a secret seeds nothing. */
export async function seedDemo(url: string): Promise<void> {
  const { Store } = await import('@opale/store');
  const { academieDemo } = await import('@opale/sample-data');
  const store = await Store.open(url);
  await store.replaceDataset(academieDemo, 'demo');
  await store.close();
}

/** A new SQLite file in `dir` holding the académie's demo records. */
export async function seededDatabase(dir: string): Promise<string> {
  const file = join(dir, 'opale.sqlite');
  await seedDemo(file);
  return file;
}
