import { makeUai } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { parseBudgets, parseKitActions, parseKitProgress, parseWaves } from './records.js';
import { fixtureText, csvTable as table } from './table.fixture.js';

const fixture = (name: string) => table(fixtureText(name));
const at = (r: { errors: { line: number; field: string }[] }) => r.errors.map((e) => [e.line, e.field]);
const a = makeUai('0801111');
const wrong = `${a.slice(0, 7)}${a.endsWith('A') ? 'B' : 'A'}`;

describe('parseWaves', () => {
  it('reads the waves, a planned count left empty as none given', async () => {
    const r = parseWaves(await fixture('waves.csv'));
    expect(r.errors).toEqual([]);
    expect(r.records.map((w) => [w.id, w.number, w.switchDate, w.plannedCount])).toEqual([
      ['V1', 1, '2021-01-01', 1],
      ['V2', 2, '2022-01-01', 6],
      ['V3', 3, '2022-09-01', 0],
      ['V4', 4, '2023-01-01', 9],
      ['V5', 5, '2023-09-01', 5],
      ['V6', 6, '2024-01-01', 61],
      ['V7', 7, '2024-09-01', 28],
      ['V8', 8, '2025-01-01', 144],
      ['V9', 9, '2025-09-01', null],
    ]);
    expect(r.records[0]?.milestones).toEqual([]);
  });

  it('reports every bad cell with its line and column, and a wave twice', async () => {
    const r = parseWaves(
      await table(
        'vague;bascule;eple_prevus\nV6;2024-01-01;61\nX;2024-13-01;-1\n6;01/09/2024;\nV7;2024-09-01;beaucoup\n',
      ),
    );
    expect(r.records.map((w) => w.id)).toEqual(['V6']);
    expect(at(r)).toEqual([
      [3, 'vague'],
      [3, 'bascule'],
      [3, 'eple_prevus'],
      [4, 'vague'],
      [5, 'eple_prevus'],
    ]);
    expect(r.errors[2]?.reason).toBe('expected a whole number ≥ 0, got -1');
    expect(r.errors[4]?.reason).toBe('expected a whole number ≥ 0, got "beaucoup"');
  });
});

describe('parseKitActions', () => {
  it('reads the actions with their actors named in French', async () => {
    const r = parseKitActions(await fixture('kit-actions.csv'));
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => [x.id, x.actor])).toEqual([
      ['CE-01', 'chef-etablissement'],
      ['AC-01', 'agent-comptable'],
      ['FP-01', 'fonde-de-pouvoir'],
      ['ADSI-01', 'adsi'],
    ]);
    expect(r.records[0]?.label).toBe('Désigner les utilisateurs op@le et leurs profils');
  });

  it('accepts the domain names and careless spellings, and reports the rest', async () => {
    const r = parseKitActions(
      await table(
        "id;acteur;libelle\nA1;chef-etablissement;Un\nA2;CHEF D'ETABLISSEMENT;Deux\nA3;Intendant;Trois\nA4;adsi;\nA1;ADSI;Cinq\n;ADSI;Six\n",
      ),
    );
    expect(r.records.map((x) => [x.id, x.actor])).toEqual([
      ['A1', 'chef-etablissement'],
      ['A2', 'chef-etablissement'],
    ]);
    expect(at(r)).toEqual([
      [4, 'acteur'],
      [5, 'libelle'],
      [6, 'id'],
      [7, 'id'],
    ]);
    expect(r.errors[0]?.reason).toBe(
      'expected one of Chef d\'établissement, Agent comptable, Fondé de pouvoir, ADSI, got "Intendant"',
    );
  });
});

describe('parseKitProgress', () => {
  it('reads finalizations and undoings, and skips what is not done yet', async () => {
    const r = parseKitProgress(await fixture('kit-progress.csv'));
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(5);
    expect(r.records).toEqual([
      { uai: '0801234G', actionId: 'CE-01', kind: 'finalized', on: '2023-11-15' },
      { uai: '0801234G', actionId: 'AC-01', kind: 'finalized', on: '2023-11-20' },
      { uai: '0801234G', actionId: 'AC-01', kind: 'undone', on: '2023-12-01' },
      { uai: '0021234F', actionId: 'CE-01', kind: 'finalized', on: '2023-12-05' },
    ]);
    expect(r.lines).toEqual([2, 3, 4, 5]);
  });

  it('takes every dated row as a finalization when the file has no status', async () => {
    const r = parseKitProgress(await table(`uai;action;date_finalisation\n${a};A1;2024-01-05\n${a};A2;\n`));
    expect(r.records).toEqual([{ uai: a, actionId: 'A1', kind: 'finalized', on: '2024-01-05' }]);
  });

  it('reports every bad row on the column of the file', async () => {
    const r = parseKitProgress(
      await table(
        [
          'uai;action;date_finalisation;statut',
          `${a};A1;2024-01-05;oui`,
          `${a};A1;06/01/2024;0`,
          `${a};A2;;non`,
          `${wrong};A3;2024-01-05;`,
          `${a};A4;;finalisée`,
          `${a};A5;2024-01-05;peut-être`,
          `${a};;demain;1`,
        ].join('\n'),
      ),
    );
    expect(r.records.map((e) => [e.actionId, e.kind, e.on])).toEqual([
      ['A1', 'finalized', '2024-01-05'],
      ['A1', 'undone', '2024-01-06'],
    ]);
    expect(at(r)).toEqual([
      [5, 'uai'],
      [6, 'date_finalisation'],
      [7, 'statut'],
      [8, 'date_finalisation'],
      [8, 'action'],
    ]);
    expect(r.errors[0]?.reason).toContain(`expected ${a}`);
  });

  it('names the columns of the mapping, and requires the status column only when mapped', async () => {
    const r = parseKitProgress(await table('Établissement;Action\n'), {
      uai: 'etablissement',
      date: 'Fait le',
      status: 'État',
    });
    expect(at(r)).toEqual([
      [1, 'Fait le'],
      [1, 'État'],
    ]);
  });
});

describe('parseBudgets', () => {
  it('reads the days budgets became exécutoire', async () => {
    const r = parseBudgets(await fixture('budgets.csv'));
    expect(r.records).toEqual([
      { uai: '0801234G', exercise: 2024, executoireOn: '2024-01-12' },
      { uai: '0021234F', exercise: 2024, executoireOn: '2024-01-19' },
    ]);
  });

  it('reports bad years and days, and the same budget twice', async () => {
    const r = parseBudgets(
      await table(
        `uai;exercice;date_executoire\n${a};2024;19/01/2024\n${a};24;2024-01-19\n${a};2025;demain\n${a};2024;2024-02-01\n`,
      ),
    );
    expect(r.records).toEqual([{ uai: a, exercise: 2024, executoireOn: '2024-01-19' }]);
    expect(at(r)).toEqual([
      [3, 'exercice'],
      [4, 'date_executoire'],
      [5, 'exercice'],
    ]);
    expect(r.errors[2]?.reason).toBe(`${a} (exercice 2024) appears more than once in the file`);
  });
});
