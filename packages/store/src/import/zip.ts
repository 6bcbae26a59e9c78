import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/** A file of a zip archive as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the entry declares once inflated: a zip bomb's may lie. */
  readonly size: number;
  /** Where its local header starts. */
  readonly offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// The end-of-directory record is 22 bytes, followed by a comment of up to 65,535.
const TAIL = 22 + 0xffff;
const ZIP64 = 0xffffffff;

/**
 * The entries listed in the central directory of the zip file at `path`: read from the end of
 * the file, without inflating anything. A file that is no zip, an encrypted entry, a compression
 * other than deflate, or a ZIP64 archive (parts of 4 GiB or more) gives the reason instead.
 */
export async function zipEntries(path: string): Promise<ZipEntry[] | string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, TAIL);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const end = endRecordAt(tail);
    if (end < 0) return 'it has no zip central directory';
    const count = tail.readUInt16LE(end + 10);
    const length = tail.readUInt32LE(end + 12);
    const start = tail.readUInt32LE(end + 16);
    if (start === ZIP64 || count === 0xffff) return 'ZIP64 archives (parts of 4 GiB or more) are not read';
    if (start + length > size) return 'its zip central directory lies outside the file';
    const directory = Buffer.alloc(length);
    await file.read(directory, 0, length, start);
    return readDirectory(directory, count);
  } finally {
    await file.close();
  }
}

// The last end-of-directory signature whose comment ends the file: a comment may hold the signature.
function endRecordAt(tail: Buffer): number {
  for (let at = tail.length - 22; at >= 0; at -= 1)
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY && at + 22 + tail.readUInt16LE(at + 20) === tail.length)
      return at;
  return -1;
}

function readDirectory(directory: Buffer, count: number): ZipEntry[] | string {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY)
      return 'its zip central directory is damaged';
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const compressedSize = directory.readUInt32LE(at + 20);
    const size = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    const offset = directory.readUInt32LE(at + 42);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & 1) return `${name} is encrypted`;
    if (method !== 0 && method !== 8) return `${name} is compressed with method ${method}, not deflate`;
    if ([compressedSize, size, offset].includes(ZIP64))
      return 'ZIP64 archives (parts of 4 GiB or more) are not read';
    entries.push({ name, method, compressedSize, size, offset });
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** The inflated bytes of `entry`, in chunks as zlib gives them; stops reading when the caller stops. */
export async function* inflateEntry(path: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  const header = Buffer.alloc(30);
  const file = await open(path, 'r');
  try {
    await file.read(header, 0, 30, entry.offset);
  } finally {
    await file.close();
  }
  if (header.readUInt32LE(0) !== LOCAL_HEADER)
    throw new Error(`${entry.name}: no zip local header where expected`);
  if (entry.compressedSize === 0) return;
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const data = entry.method === 8 ? pipeline(raw, createInflateRaw(), () => undefined) : raw;
  yield* data as AsyncIterable<Buffer>;
}

/** The local header of a stored (uncompressed) entry of `size` bytes, for a zip written as a stream. */
export function storedHeader(name: string, size: number): Buffer {
  const encoded = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(10, 4);
  // Bit 11: the name is UTF-8.
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(encoded.length, 26);
  return Buffer.concat([header, encoded]);
}

/** An end-of-directory record with no entries: where a zip written as a stream stops. */
export function endOfDirectory(): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_DIRECTORY, 0);
  return record;
}
