import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { inflateEntry, storedHeader, zipEntries } from './zip.js';

/** For tests: a fresh directory to write files in. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'opale-xlsx-'));

interface Part {
  readonly name: string;
  readonly chunks: () => AsyncIterable<Buffer> | Iterable<Buffer>;
}

async function deflated(part: Part): Promise<{ data: Buffer; crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(
      (async function* () {
        for await (const chunk of part.chunks()) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          yield chunk;
        }
      })(),
    ),
    createDeflateRaw({ level: 9 }),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.push(chunk);
        done();
      },
    }),
  );
  return { data: Buffer.concat(out), crc, size };
}

/** Writes a zip of deflated parts; `declare` may make a part lie about its inflated size. */
async function writeZip(path: string, parts: Part[], declare: (name: string, size: number) => number) {
  const file = createWriteStream(path);
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflated(part);
    const local = storedHeader(part.name, declare(part.name, size));
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    local.copy(entry, 6, 4, 30);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, Buffer.from(part.name));
    file.write(local);
    file.write(data);
    offset += local.length + data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  file.end(Buffer.concat([central, end]));
  await finished(file);
}

/**
 * For tests: a workbook made by exceljs whose first sheet holds a header `UAI` and, in A2, one
 * cell of `mib` MiB of "A": a few hundred kilobytes of zip. With `lie`, the sheet's zip entry
 * declares 1,000 bytes instead.
 */
export async function xlsxBomb(path: string, mib: number, lie = false): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Déploiement').addRow(['UAI']);
  const source = join(scratch(), 'source.xlsx');
  await workbook.xlsx.writeFile(source);
  const entries = await zipEntries(source);
  if (typeof entries === 'string') throw new Error(entries);
  const sheet = 'xl/worksheets/sheet1.xml';
  const filler = Buffer.alloc(1024 * 1024, 'A');
  const bomb = function* () {
    yield Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>UAI</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>',
    );
    for (let i = 0; i < mib; i += 1) yield filler;
    yield Buffer.from('</t></is></c></row></sheetData></worksheet>');
  };
  const parts = entries.map((e) => ({
    name: e.name,
    chunks: e.name === sheet ? bomb : () => inflateEntry(source, e),
  }));
  await writeZip(path, parts, (name, size) => (lie && name === sheet ? 1000 : size));
}
