import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

interface FileEntry {
  readonly type: string;
  readonly body: Buffer;
  readonly gzipped: Buffer | null;
  readonly immutable: boolean;
}

/**
 * Serves the built web client from `root`: files as they are (gzipped when the browser accepts
 * it; Vite's hashed `assets/` cached for a year), and `index.html` for the client's own routes.
 * Paths are resolved inside `root` only. Files are read once and kept in memory: the build is
 * small and does not change while the server runs.
 */
export function staticFiles(root: string) {
  const cache = new Map<string, FileEntry | null>();
  const read = (path: string): FileEntry | null => {
    if (cache.has(path)) return cache.get(path) ?? null;
    let entry: FileEntry | null = null;
    const file = join(root, path);
    if (existsSync(file) && statSync(file).isFile()) {
      const ext = extname(file);
      const body = readFileSync(file);
      entry = {
        type: TYPES[ext] ?? 'application/octet-stream',
        body,
        gzipped: COMPRESSIBLE.has(ext) ? gzipSync(body) : null,
        immutable: path.startsWith(`assets${sep}`),
      };
    }
    cache.set(path, entry);
    return entry;
  };
  const available = existsSync(join(root, 'index.html'));

  /** Answers the request if it is for the client; false when it is not (an unknown file). */
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (!available) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end(
          'The web client is not built: run "pnpm start" (it builds it) or "pnpm --filter @opale/web build".\n',
        );
      return true;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(pathname).replace(/^([/\\])+/, '');
    if (path.startsWith('..')) return false;
    // A path without an extension is one of the client's routes (/rapport, /tickets/nouveau…).
    const entry = read(path === '' || extname(path) === '' ? 'index.html' : path);
    if (!entry) return false;
    const gzip = entry.gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? (entry.gzipped as Buffer) : entry.body;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': entry.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
