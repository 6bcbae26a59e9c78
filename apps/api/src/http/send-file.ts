import type { ServerResponse } from 'node:http';

/** The content types of the exports' formats. */
export const FILE_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type FileFormat = keyof typeof FILE_TYPES;

/** The headers of an exported file: a download, private to the caller, never cached. */
export function fileHeaders(format: FileFormat, filename: string): Record<string, string> {
  return {
    'content-type': FILE_TYPES[format],
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
}

// Resolves when the socket takes more, or when the client has gone: then nothing more is written.
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/**
 * Writes `chunks` to the answer one at a time, waiting for the socket to drain whenever its
 * buffer is full, so that a long list costs the memory of a chunk and not of the file, and
 * stops reading them when the client goes away.
 */
export async function streamChunks(res: ServerResponse, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}
