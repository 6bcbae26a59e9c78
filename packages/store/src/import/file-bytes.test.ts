import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileBytes } from './file-bytes.js';
import { DEFAULT_IMPORT_LIMITS } from './limits.js';
import { scratch } from './xlsx-bomb.fixture.js';

describe('fileBytes', () => {
  it('gives the bytes of a file and their hash, and stops one that passes the limit while read', async () => {
    const path = join(scratch(), 'twenty.csv');
    writeFileSync(path, 'a;b\n1;2\n3;4\n5;6\n7;8\n');
    const read = async (maxBytes: number) => {
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      for await (const chunk of fileBytes(path, { ...DEFAULT_IMPORT_LIMITS, maxBytes }, hash))
        chunks.push(chunk);
      return { text: Buffer.concat(chunks).toString(), sha256: hash.digest('hex') };
    };
    expect(await read(20)).toEqual({
      text: 'a;b\n1;2\n3;4\n5;6\n7;8\n',
      sha256: createHash('sha256').update('a;b\n1;2\n3;4\n5;6\n7;8\n').digest('hex'),
    });
    await expect(read(19)).rejects.toThrow(
      'the file passes the limit of 19 bytes set by OPALE_IMPORT_MAX_BYTES while it is read: nothing was imported',
    );
  });
});
