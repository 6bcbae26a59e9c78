import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { demoReport } from './demo-report.fixture.js';
import { reportTables } from './report-tables.js';
import { EXPORT_WHATS, type Table } from './table.js';

const report = demoReport();
const only = (what: Parameters<typeof reportTables>[1]): Table => {
  const tables = reportTables(report, what, academieDemo);
  expect(tables).toHaveLength(1);
  return tables[0] as Table;
};
const rowOf = (table: Table, first: string) => table.rows.find((r) => r[0] === first);

describe('reportTables', () => {
  it('gives every table in the order of the slides for the whole report', () => {
    const tables = reportTables(report, 'report', academieDemo);
    expect(tables.map((t) => t.name)).toEqual([
      'Vagues',
      'Agences comptables',
      'Budgets exécutoires',
      'Kit de bascule',
      'Demandes ITOP',
      'Tickets requalifiés',
      'EPLE en difficulté',
      'Règle de difficulté',
      'Historique de la règle',
      'Formation',
      'Calendrier des vagues',
      'Restitutions op@le',
    ]);
    expect(EXPORT_WHATS.filter((w) => w !== 'report').map((w) => only(w).name)).toEqual(
      tables.map((t) => t.name),
    );
    for (const t of tables) {
      expect(t.name.length).toBeLessThanOrEqual(31);
      for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    }
  });

  it('gives the difficulty rule the report flagged by, the defaults while none is recorded', () => {
    const rule = only('difficulty-rule');
    expect(rule.title).toBe('Règle de difficulté en vigueur au 22/01/2024');
    expect(rowOf(rule, 'Poids : kit < 10 %')).toEqual(['Poids : kit < 10 %', 3]);
    expect(rowOf(rule, 'Score à partir duquel un EPLE est signalé')?.[1]).toBe(3);
    expect(String(rowOf(rule, 'La règle en mots')?.[1])).toMatch(
      /^Un établissement est signalé quand son score atteint 3 :/,
    );
    const strict = {
      ...report,
      difficulty: { ...report.difficulty, config: { ...report.difficulty.config, scoreThreshold: 5 } },
    };
    expect(
      rowOf(
        reportTables(strict, 'difficulty-rule', academieDemo)[0] as Table,
        'Score à partir duquel un EPLE est signalé',
      )?.[1],
    ).toBe(5);
  });

  it('shows planned and attached EPLE apart, and no planned count for V9', () => {
    const waves = only('waves');
    expect(waves.header).toEqual([
      'Vague',
      'Bascule',
      'EPLE prévus',
      'EPLE rattachés',
      'Écart',
      'Jalons en retard',
    ]);
    expect(rowOf(waves, 'V5')).toEqual(['V5', '01/09/2023', 5, 6, 1, 0]);
    expect(rowOf(waves, 'V9')?.slice(2, 5)).toEqual([null, 40, null]);
  });

  it("gives the budgets with the report's truncated rate and the EPLE still pending", () => {
    const budgets = only('budgets');
    const v6 = rowOf(budgets, 'V6');
    expect(v6?.slice(0, 5)).toEqual(['V6', 2024, 50, 61, 81.96]);
    expect(String(v6?.[5]).split(', ')).toHaveLength(11);
    expect(rowOf(budgets, 'V3')?.[4]).toBeNull();
    expect(budgets.percentColumns).toEqual([4]);
  });

  it('passes the percentage through instead of recomputing it', () => {
    const waves = report.waves.map((w) => ({
      ...w,
      budget: { ...w.budget, rate: { ...w.budget.rate, percent: 12.34 } },
    }));
    const [budgets] = reportTables({ ...report, waves }, 'budgets', academieDemo);
    expect(budgets && rowOf(budgets, 'V6')?.[4]).toBe(12.34);
  });

  it('gives the kit buckets of V6 as on the slide', () => {
    expect(rowOf(only('kit'), 'V6')).toEqual(['V6', 61, 40, 16, 30, 15]);
  });

  it("lays out the slide's ticket table with its period and threshold", () => {
    const tickets = only('tickets');
    expect(tickets.title).toBe("Demandes d'assistance sur ITOP depuis le 01/09/2023, au 22/01/2024");
    expect(tickets.header.slice(1)).toEqual([
      'Total',
      'Remontées au national',
      'Prise en charge par le SI2C',
      'Prise en charge par la DRASI',
    ]);
    expect(tickets.rows).toEqual([
      ['Tous statuts', 324, 48, 65, 211],
      ['Demandes résolues', 264, 36, 62, 166],
      ['Demandes en cours', 60, 12, 3, 45],
      ['Demandes en cours de plus de 15 j', 28, 2, 0, 26],
    ]);
  });

  it('gives one row per flagged EPLE with its reasons and signal values', () => {
    const table = only('difficulty');
    const flagged = report.difficulty.eple;
    expect(flagged.length).toBeGreaterThan(0);
    expect(table.rows.map((r) => r[0])).toEqual(flagged.map((e) => e.uai));
    const col = (name: string) => table.header.indexOf(name);
    flagged.forEach((e, i) => {
      const row = table.rows[i] ?? [];
      expect(row[col('Score')]).toBe(e.score);
      expect(row[col('Raisons')]).toBe(e.reasons.map((r) => r.message).join(' ; '));
      expect(row[col('Suivis')]).toBe(e.followUps.length);
    });
    const first = table.rows[0] ?? [];
    expect(first.slice(0, 5)).toEqual([
      '0024419T',
      'Lycée professionnel du Laonnois',
      'Château-Thierry',
      'V6',
      11,
    ]);
    expect(first[col('Budget non exécutoire (j après bascule)')]).toBe(21);
    expect(first[col('Kit 10 à 30 % (actions finalisées)')]).toBeNull();
    expect(first[col('Dernier suivi')]).toBe('22/01/2024');
    expect(table.title).toContain(`(${flagged.length} sur ${report.difficulty.assessed} suivis)`);
  });

  it('gives each track of a plan and a total counting distinct trainers', () => {
    const training = only('training');
    const v6 = training.rows.filter((r) => r[0] === 'V6');
    expect(v6.map((r) => r[3])).toEqual([1, 3, 2, 4, null, 10]);
    expect(v6.at(-1)).toEqual(['V6', 'Total', 261, 10, 10, 20, null, null]);
    expect(v6.find((r) => r[1] === 'Ordonnateurs')?.slice(6)).toEqual([0.5, 0]);
  });

  it('lists each EPLE of the waves by name beside the siège of its agence comptable', () => {
    const agences = only('agences');
    const v6 = academieDemo.eple.filter((e) => e.waveId === 'V6');
    const rows = agences.rows.filter((r) => r[0] === 'V6');
    expect(rows.map((r) => r[1]).sort()).toEqual(v6.map((e) => e.uai).sort());
    const names = rows.map((r) => String(r[2]));
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    const siege = v6.find((e) => e.agenceUai === e.uai);
    expect(rows.find((r) => r[1] === siege?.uai)?.[5]).toBe('lui-même');
  });

  it('gives the share of requalified tickets of each team, SI2C then DRASI', () => {
    const table = only('requalified');
    expect(table.rows.map((r) => r[0])).toEqual(['SI2C', 'DRASI']);
    for (const [, received, requalified, percent] of table.rows) {
      expect(Number(requalified)).toBeLessThanOrEqual(Number(received));
      expect(percent === null || (Number(percent) >= 0 && Number(percent) <= 100)).toBe(true);
    }
  });
});
