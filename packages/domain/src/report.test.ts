import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import { committeeReport } from './report.js';
import { reportToMarkdown } from './report-markdown.js';

const dataset = fixtureDataset();

function reportAt(asOf: string) {
  const r = committeeReport(dataset, { asOf });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.value;
}

describe('committeeReport', () => {
  it('computes every figure from the records as of the date', () => {
    const report = reportAt('2024-01-22');
    expect(report.currentWaveId).toBe('V2');
    const v2 = report.waves.find((w) => w.id === 'V2');
    expect(v2?.counts).toMatchObject({ plannedCount: 4, attachedCount: 3, mismatch: true });
    expect(v2?.budget).toMatchObject({ executoire: 2, total: 3, pending: [uai.late] });
    expect(v2?.budget.rate.percent).toBe(66.66);
    expect(v2?.kit.buckets).toEqual({ below10: 0, from10To30: 2, above30: 1 });
    expect(report.tickets.all).toEqual({ total: 4, national: 1, si2c: 0, drasi: 3 });
    expect(report.tickets.inProgressOverThreshold).toEqual({ total: 1, national: 0, si2c: 0, drasi: 1 });
    expect(report.tickets.from).toBe('2023-09-01');
    expect(report.difficulty.eple.map((e) => e.uai)).toEqual([uai.late, uai.busy]);
    expect(report.environments).toEqual({ day: '2024-01-22', sandbox: '2024-01-21', fm1: '2024-01-21' });
  });

  it('gives smaller figures earlier', () => {
    const early = reportAt('2024-01-11');
    const v2 = early.waves.find((w) => w.id === 'V2');
    expect(v2?.budget.executoire).toBe(1);
    expect(early.tickets.all.total).toBe(2);
  });

  it('is plain JSON', () => {
    const report = reportAt('2024-01-22');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('restricts the waves on demand', () => {
    const r = committeeReport(dataset, { asOf: '2024-01-22', waves: ['V2'] });
    expect(r.ok && r.value.waves.map((w) => w.id)).toEqual(['V2']);
  });

  it('keeps the ticket table and the EPLE in difficulty académie-wide when the waves are restricted', () => {
    const all = reportAt('2024-01-22');
    const r = committeeReport(dataset, { asOf: '2024-01-22', waves: ['V1'] });
    expect(r.ok && r.value.tickets).toEqual(all.tickets);
    expect(r.ok && r.value.difficulty).toEqual(all.difficulty);
    expect(all.difficulty.eple.length).toBeGreaterThan(0);
  });

  it.each([
    [{ asOf: '22/01/2024' }, 'asOf'],
    [{ asOf: '2024-01-22', ticketsFrom: '2024-02-01' }, 'ticketsFrom'],
    [{ asOf: '2024-01-22', ticketsFrom: 'rentrée' }, 'ticketsFrom'],
    [{ asOf: '2024-01-22', waves: ['V9'] }, 'waves[0]'],
    [{ asOf: '2024-01-22', difficulty: { scoreThreshold: -3 } }, 'difficulty.scoreThreshold'],
  ])('rejects %j, naming %s', (options, field) => {
    const r = committeeReport(dataset, options);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toContain(field);
  });

  it('writes the report in French Markdown', () => {
    const md = reportToMarkdown(reportAt('2024-01-22'));
    expect(md).toContain('Situation au 22/01/2024');
    expect(md).toContain('2 / 3 (66,66\u202f%)');
    expect(md).toContain('| Tous statuts | 4 | 1 | 0 | 3 |');
    expect(md).toContain('Collège en retard');
    expect(md).toContain('Règle appliquée : Un établissement est signalé quand son score atteint 3 :');
  });
});
