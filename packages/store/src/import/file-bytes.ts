import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileTooLarge, type ImportLimits } from './limits.js';

/** Refuses a file larger than `limits.maxBytes` by its size on disk, before a byte of it is read. */
export async function refuseLargeFile(path: string, limits: ImportLimits): Promise<void> {
  const { size } = await stat(path);
  if (size > limits.maxBytes) throw fileTooLarge(limits, size);
}

/**
 * The bytes of the file at `path`, in chunks, each also fed to `hash`. A file that passes
 * `limits.maxBytes` while it is read (a pipe, a file still growing) stops there, with
 * {@link fileTooLarge}.
 */
export async function* fileBytes(path: string, limits: ImportLimits, hash: Hash): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    read += chunk.length;
    if (read > limits.maxBytes) throw fileTooLarge(limits);
    hash.update(chunk);
    yield chunk;
  }
}
