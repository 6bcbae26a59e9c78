import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The built server and web client of the workspace, found through this package's dependencies. */
export function builtApp(): { server: string; web: string } {
  // The server as `pnpm start` runs it: the bundle built beside the compiled sources.
  const server = join(dirname(require.resolve('@opale/api')), '..', 'bundle', 'server.js');
  const web = join(dirname(require.resolve('@opale/web/package.json')), 'dist');
  if (!existsSync(server)) throw new Error(`${server} is missing: build @opale/api first`);
  if (!existsSync(join(web, 'index.html')))
    throw new Error(`${web}/index.html is missing: build @opale/web first`);
  return { server, web };
}

export interface RunningServer {
  /** `http://localhost:NNNN`, serving the web client at `/` and the API at `/graphql`. */
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the built server as `pnpm start` does in the demo set-up (no secret: one is generated in
 * `./data/`), in a new working directory on a new SQLite file seeded with the demo records.
 */
export async function startServer(): Promise<RunningServer> {
  const { server, web } = builtApp();
  const dir = mkdtempSync(join(tmpdir(), 'opale-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    OPALE_DATABASE_URL: join(dir, 'opale.sqlite'),
    OPALE_WEB_DIR: web,
  };
  for (const key of ['OPALE_JWT_SECRET', 'OPALE_JWKS_URL', 'NODE_ENV']) delete env[key];
  const child = spawn(process.execPath, [server], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    // The server logs a line a request: keep the end only, for the error message.
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stderr.on('data', keep);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start within 60 s:\n${log}`)),
      60_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      const found = /"url":"(http:[^"]+)"/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(found[1] as string);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server ended (code ${code}) before listening:\n${log}`));
    });
  });
  // Should the test run itself be stopped, the server must not outlive it.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  return {
    baseUrl: url.replace(/\/graphql$/, ''),
    async stop() {
      process.off('exit', orphan);
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
