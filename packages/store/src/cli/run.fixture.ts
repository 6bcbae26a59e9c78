import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The store's commands, built: the `opale` bin itself is @opale/api's.
const cli = fileURLToPath(new URL('../../test-support/opale.mjs', import.meta.url));

/** What a run of the command gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * For tests: runs the store's built `opale` commands with `args`, `env` added to (or, undefined, removed from)
 * this environment. It does not block: a fake server of the test process can answer it.
 */
export function opaleWith(env: Record<string, string | undefined>, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** For tests: runs the store's built `opale` commands with `args` in this environment. */
export const opale = (...args: string[]): Promise<Run> => opaleWith({}, ...args);
