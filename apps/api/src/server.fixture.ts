import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from './bench/servers.js';

const serverScript = fileURLToPath(new URL('../dist/server.js', import.meta.url));

/** The built server in a process of its own, in a new working directory. */
export interface Started {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:NNNN` */
  readonly base: string;
  readonly port: number;
  readonly dir: string;
  /** Everything it has written so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `dist/server.js` with `env` (over a clean environment: no secret, no NODE_ENV) on a new
 * SQLite file, and waits for the URL it logs; rejects with its output if it ends first.
 */
export async function startServer(env: Record<string, string> = {}, args: string[] = []): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'opale-server-'));
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) if (key.startsWith('OPALE_') || key === 'NODE_ENV') delete clean[key];
  const child = spawn(process.execPath, [serverScript, ...args], {
    cwd: dir,
    env: { ...clean, PORT: '0', OPALE_DATABASE_URL: join(dir, 'opale.sqlite'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out = (out + d).slice(-200_000);
  });
  child.stderr?.on('data', (d) => {
    out = (out + d).slice(-200_000);
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await ended;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      const found = /"url":"(http:[^"]+)"/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1] as string);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server ended (${code}) before listening:\n${out}`));
    });
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  const base = url.replace(/\/graphql$/, '');
  return { child, base, port: Number(new URL(base).port), dir, output: () => out, stop };
}

/**
 * Sends raw bytes to the server on a connection of their own (half-closed once written), and
 * gives the status of its answer: 0 when it closed without one or gave none within `waitMs`.
 * Never rejects: what a malformed request does to the connection is the server's business.
 */
export function rawExchange(port: number, bytes: Buffer, waitMs = 3000): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0));
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (/\r\n\r\n/.test(received)) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => socket.end(bytes));
  });
}

/** The built server with a real secret (so it seeds nothing), on the académie's demo records. */
export async function startSeeded(secret: string, env: Record<string, string> = {}): Promise<Started> {
  const server = await startServer({ OPALE_JWT_SECRET: secret, ...env });
  await seedDemo(join(server.dir, 'opale.sqlite'));
  return server;
}
