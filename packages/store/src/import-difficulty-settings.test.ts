import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committeeReport, DEFAULT_DIFFICULTY_CONFIG } from '@opale/domain';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from './export/csv.js';
import { reportTables } from './export/report-tables.js';
import { parseDifficultySettings } from './import/difficulty-settings.js';
import { csvTable } from './import/table.fixture.js';
import { readImport } from './import-file.js';
import { seededStore } from './seed.fixture.js';
import { ENGINES } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'opale-rules-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(ENGINES)('importing difficulty rules on %s', (engine) => {
  const store = seededStore(engine);
  const importRules = async (path: string) =>
    store().importFile('difficulty-settings', await readImport('difficulty-settings', path), 'admin:alice');

  it('refuses the whole file when a line is for a past day, naming its line and column', async () => {
    const r = await importRules(
      file('past.csv', 'en_vigueur_le;seuil_score\n2099-01-01;4\n2024-01-22;5\n2099-02-01;x\n'),
    );
    expect(r.ok ? [] : r.errors.map((e) => [e.line, e.field])).toEqual([[4, 'seuil_score']]);
    const past = await importRules(
      file('past2.csv', 'en_vigueur_le;seuil_score\n2099-01-01;4\n2024-01-22;5\n'),
    );
    expect(past.ok ? [] : past.errors.map((e) => [e.line, e.field])).toEqual([[3, 'en_vigueur_le']]);
    expect(await store().difficultyRule.history()).toEqual([]);
  });

  it('adds each rule over the one in force that day, in the order of the days, once', async () => {
    const path = file(
      'rules.csv',
      'en_vigueur_le;seuil_score;open-tickets;motif\n2099-06-01;;3;Plus de poids aux demandes\n2099-01-01;5;;Revue\n',
    );
    const r = await importRules(path);
    expect(r).toMatchObject({ ok: true, value: { inserted: 2, alreadyImported: false } });
    const history = await store().difficultyRule.history();
    expect(
      history.map((s) => [
        s.effectiveOn,
        s.config.scoreThreshold,
        s.config.weights['open-tickets'],
        s.reason,
      ]),
    ).toEqual([
      ['2099-01-01', 5, DEFAULT_DIFFICULTY_CONFIG.weights['open-tickets'], 'Revue'],
      ['2099-06-01', 5, 3, 'Plus de poids aux demandes'],
    ]);
    expect(history.every((s) => s.recordedBy === 'admin:alice')).toBe(true);
    expect(await importRules(path)).toMatchObject({ ok: true, value: { alreadyImported: true } });
    expect(await store().difficultyRule.history()).toHaveLength(2);
  });

  it('reads the same columns from a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Règles').addRows([
      ['en_vigueur_le', 'seuil_score', 'jours_avant_bascule'],
      ['2099-09-01', 6, 10],
    ]);
    const path = join(dir, 'rules.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await importRules(path)).toMatchObject({ ok: true, value: { inserted: 1 } });
    const last = (await store().difficultyRule.history()).at(-1);
    expect(last?.config).toMatchObject({ scoreThreshold: 6, leadDays: 10, weights: { 'open-tickets': 3 } });
  });

  it('exports the history in the columns it reads back', async () => {
    const dataset = await store().loadDataset();
    const report = committeeReport(dataset, { asOf: '2099-12-31' });
    if (!report.ok) throw new Error('bad report in test');
    const csv = toCsv(reportTables(report.value, 'difficulty-settings', dataset));
    const parsed = parseDifficultySettings(await csvTable(csv));
    expect(parsed.errors).toEqual([]);
    const history = await store().difficultyRule.history();
    expect(parsed.records.map((r) => r.effectiveOn)).toEqual(history.map((h) => h.effectiveOn));
    expect(parsed.records.map((r) => r.rule)).toEqual(history.map((h) => h.config));
    expect(parsed.records.map((r) => r.reason)).toEqual(history.map((h) => h.reason));
    const before = committeeReport(dataset, { asOf: '2098-12-31' });
    expect(before.ok && reportTables(before.value, 'difficulty-settings', dataset)[0]?.rows).toEqual([]);
  });
});
