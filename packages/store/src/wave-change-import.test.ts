import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committeeReport, makeUai, planAsOf } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from './export/csv.js';
import { recordTables } from './export/record-exports.js';
import { readImport } from './import-file.js';
import { seededStore } from './seed.fixture.js';
import type { Store } from './store.js';
import { ENGINES } from './testing.js';

const [moved = '', other = ''] = academieDemo.eple.filter((e) => e.waveId === 'V7').map((e) => e.uai);
const V8 = academieDemo.waves.find((w) => w.id === 'V8')?.switchDate as string;

describe.each(ENGINES)('the import and export of wave changes on %s', (engine) => {
  const seeded = seededStore(engine);
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), 'opale-wave-changes-'));
  const importRows = async (name: string, rows: string[]) => {
    const file = join(dir, `${engine}-${name}.csv`);
    writeFileSync(file, ['uai;vague;de;vers;decide_le', ...rows].join('\n'));
    return store.importFile('wave-changes', await readImport('wave-changes', file), 'test:import');
  };
  beforeAll(() => {
    store = seeded();
  });

  it('records each change from the day it was decided, and leaves the days before as they were', async () => {
    const before = committeeReport(await store.loadDataset(), { asOf: '2024-01-22' });
    const result = await importRows('good', [`${moved};;V7;8;01/03/2024`, `;V8;${V8};2025-01-06;2024-03-01`]);
    expect(result.ok ? result.value : result.errors).toMatchObject({ inserted: 2 });
    const records = await store.loadDataset();
    expect(records.eple.find((e) => e.uai === moved)?.waveId).toBe('V8');
    expect(records.waves.find((w) => w.id === 'V8')?.switchDate).toBe('2025-01-06');
    const then = planAsOf(records, '2024-02-29');
    expect(then.eple.find((e) => e.uai === moved)?.waveId).toBe('V7');
    expect(then.waves.find((w) => w.id === 'V8')?.switchDate).toBe(V8);
    expect(committeeReport(records, { asOf: '2024-01-22' })).toEqual(before);
  });

  it('refuses the whole file when a change does not follow on from the plan, naming line and column', async () => {
    const before = (await store.loadDataset()).waveChanges;
    const result = await importRows('bad', [
      `${other};;V7;V8;2024-03-05`,
      `${moved};;V7;V9;2024-03-05`,
      `${makeUai('0000001')};;V8;V9;2024-03-05`,
      `;V8;2025-01-06;2025-01-13;2024-02-01`,
    ]);
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'uai'],
      [5, 'decide_le'],
    ]);
    const chained = await importRows('chain', [`${moved};;V7;V9;2024-03-05`]);
    expect(chained.ok ? [] : chained.errors.map((e) => [e.line, e.field])).toEqual([[2, 'de']]);
    expect((await store.loadDataset()).waveChanges).toEqual(before);
  });

  it('exports the changes in the columns the import reads, with who recorded them', async () => {
    const csv = toCsv(recordTables(await store.loadDataset(), 'wave-changes'));
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('uai;vague;de;vers;decide_le;enregistre_par;enregistre_le');
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 6).join(';'))).toEqual([
      `${moved};;V7;V8;2024-03-01;test:import`,
      `;V8;${V8};2025-01-06;2024-03-01;test:import`,
    ]);
  });
});
