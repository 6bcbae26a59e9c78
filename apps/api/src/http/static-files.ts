import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { etagOf } from './answer-cache.js';

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
  readonly etag: string;
  readonly body: Buffer;
  readonly compressible: boolean;
  /** Made at the first request that accepts it, not at start: the server starts sooner. */
  gzipped?: Buffer;
  readonly immutable: boolean;
}

/** Every file under `root`, by its path from `root` with `/` between folders. */
function readTree(root: string): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(root, file).split(sep).join('/');
    const ext = extname(file);
    const body = readFileSync(file);
    files.set(path, {
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: etagOf(body),
      body,
      compressible: COMPRESSIBLE.has(ext),
      immutable: path.startsWith('assets/'),
    });
  }
  return files;
}

const cacheControl = (entry: FileEntry) =>
  entry.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';

/** The built client's files held in memory, and what they weigh (as read; their gzipped copies come on demand). */
export interface StaticFiles {
  /** Answers the request if `path` is the client's (a file, or a route of its own); false if not. */
  serve(req: IncomingMessage, res: ServerResponse, path: string): boolean;
  readonly files: number;
  readonly bytes: number;
}

/**
 * Serves the built web client from `root`: files as they are (gzipped when the browser accepts
 * it; Vite's hashed `assets/` cached for a year), and `index.html` for the client's own routes.
 * Every file is read once, at start: a request names one of them or nothing, so no path can
 * reach outside `root` or make the server read or keep anything more.
 */
export function staticFiles(root: string): StaticFiles {
  const available = existsSync(join(root, 'index.html'));
  const files = available ? readTree(root) : new Map<string, FileEntry>();
  let bytes = 0;
  for (const f of files.values()) bytes += f.body.length;
  const serve = (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (!available) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end(
          'The web client is not built: run "pnpm start" (it builds it) or "pnpm --filter @opale/web build".\n',
        );
      return true;
    }
    const name = path.replace(/^\/+/, '');
    // A path without an extension is one of the client's routes (/rapport, /tickets/nouveau…).
    const entry = files.get(name === '' || extname(name) === '' ? 'index.html' : name);
    if (!entry) return false;
    // index.html and the other unhashed files are asked again on each visit: 304 while unchanged.
    if (req.headers['if-none-match'] === entry.etag) {
      res
        .writeHead(304, { etag: entry.etag, 'cache-control': cacheControl(entry), vary: 'accept-encoding' })
        .end();
      return true;
    }
    const gzip = entry.compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) entry.gzipped ??= gzipSync(entry.body);
    const body = gzip ? (entry.gzipped as Buffer) : entry.body;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': cacheControl(entry),
      etag: entry.etag,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
  return { serve, files: files.size, bytes };
}
