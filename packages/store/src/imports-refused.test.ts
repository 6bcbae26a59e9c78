import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import/limits.js';
import { fixtureText } from './import/table.fixture.js';
import { scratch, xlsxBomb } from './import/xlsx-bomb.fixture.js';
import { readImport } from './import-file.js';
import type { ImportKind } from './imports.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';
import { revision } from './transact.js';

const dir = scratch();
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  await xlsxBomb(file('bomb.xlsx'), 300);
  await xlsxBomb(file('lying-bomb.xlsx'), 100, true);
  writeFileSync(file('waves.csv'), fixtureText('waves.csv'));
  // The same nine waves as a workbook.
  const workbook = new ExcelJS.Workbook();
  const rows = fixtureText('waves.csv')
    .trim()
    .split('\n')
    .map((line) => line.split(';'));
  workbook.addWorksheet('Vagues').addRows(rows);
  await workbook.xlsx.writeFile(file('waves.xlsx'));
});

describe.each(ENGINES)('imports over a limit on %s', (engine) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url);
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  /** Reads and imports `name`; the reasons it was refused for, and whether anything was written. */
  async function attempt(kind: ImportKind, name: string, limits: Partial<ImportLimits> = {}) {
    const before = await revision(store.db);
    const started = performance.now();
    const input = await readImport(kind, file(name), { limits: { ...DEFAULT_IMPORT_LIMITS, ...limits } });
    const ms = performance.now() - started;
    const result = await store.importFile(kind, input, 'test');
    return {
      ms,
      errors: result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.reason}`),
      written: (await revision(store.db)) !== before,
    };
  }

  it('refuses a zip bomb (300 KB inflating to 300 MiB) in under a second, before inflating it', async () => {
    expect(statSync(file('bomb.xlsx')).size).toBeLessThan(400_000);
    const refused = await attempt('deployment', 'bomb.xlsx');
    expect(refused.errors).toEqual([
      expect.stringMatching(
        /^OPALE_IMPORT_MAX_INFLATED_BYTES: the workbook's parts declare 314,5\d\d,\d\d\d bytes \(300 MiB\) once inflated, over the limit of 268,435,456 bytes \(256 MiB\) set by OPALE_IMPORT_MAX_INFLATED_BYTES: nothing was imported/,
      ),
    ]);
    expect(refused.ms).toBeLessThan(1000);
    expect(refused.written).toBe(false);
  });

  it('stops reading a zip bomb that lies about its size at its first bytes past what it declares', async () => {
    const refused = await attempt('deployment', 'lying-bomb.xlsx');
    expect(refused.errors).toEqual([
      ': expected an XLSX workbook: xl/worksheets/sheet1.xml inflates to more than the 1,000 bytes its zip entry declares: the file is damaged, or made to look small',
    ]);
    expect(refused.ms).toBeLessThan(1000);
    expect(refused.written).toBe(false);
  });

  it.each(['waves.csv', 'waves.xlsx'])(
    'refuses %s one byte over the size limit, and takes it at the limit',
    async (name) => {
      const size = statSync(file(name)).size;
      const refused = await attempt('waves', name, { maxBytes: size - 1 });
      expect(refused.errors).toEqual([
        `OPALE_IMPORT_MAX_BYTES: the file is ${size.toLocaleString('en-US')} bytes, over the limit of ${(size - 1).toLocaleString('en-US')} bytes set by OPALE_IMPORT_MAX_BYTES: nothing was imported; raise OPALE_IMPORT_MAX_BYTES to import it`,
      ]);
      expect(refused.written).toBe(false);
      expect((await attempt('waves', name, { maxBytes: size })).errors).toEqual([]);
    },
  );

  it.each(['waves.csv', 'waves.xlsx'])(
    'refuses %s one row over the row limit, and takes it at the limit',
    async (name) => {
      const refused = await attempt('waves', name, { maxRows: 8 });
      expect(refused.errors).toEqual([
        'OPALE_IMPORT_MAX_ROWS: the table holds more than 8 rows, the limit set by OPALE_IMPORT_MAX_ROWS: nothing was imported; raise OPALE_IMPORT_MAX_ROWS to import it',
      ]);
      expect(refused.written).toBe(false);
      expect((await attempt('waves', name, { maxRows: 9 })).errors).toEqual([]);
    },
  );

  it('refuses a workbook whose parts declare more than the inflated limit, and takes it at the limit', async () => {
    const refused = await attempt('waves', 'waves.xlsx', { maxInflatedBytes: 1000 });
    expect(refused.errors).toEqual([
      expect.stringMatching(
        /^OPALE_IMPORT_MAX_INFLATED_BYTES: the workbook's parts declare [\d,]+ bytes once inflated, over the limit of 1,000 bytes set by OPALE_IMPORT_MAX_INFLATED_BYTES/,
      ),
    ]);
    expect(refused.written).toBe(false);
    const declared = Number(/declare ([\d,]+) bytes/.exec(refused.errors[0] ?? '')?.[1]?.replace(/,/g, ''));
    expect((await attempt('waves', 'waves.xlsx', { maxInflatedBytes: declared - 1 })).errors).toHaveLength(1);
    expect((await attempt('waves', 'waves.xlsx', { maxInflatedBytes: declared })).errors).toEqual([]);
  });
});
