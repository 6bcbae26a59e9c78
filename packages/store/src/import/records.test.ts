import { makeUai } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { departementCode, parseAnnuaire } from './annuaire.js';
import { readCsv, type TextTable } from './csv.js';
import { parseDeployment, waveIdOf } from './deployment.js';
import { parseBudgets, parseKitActions, parseKitProgress, parseWaves } from './records.js';

const table = (text: string): TextTable => {
  const t = readCsv(text);
  if (!('rows' in t)) throw new Error(t.reason);
  return t;
};
const lines = (r: { errors: { line: number; field: string }[] }) => r.errors.map((e) => [e.line, e.field]);
const a = makeUai('0801111');
const wrong = `${a.slice(0, 7)}${a.endsWith('A') ? 'B' : 'A'}`;

describe('CSV', () => {
  it('reads a BOM, quotes with separators and line breaks, CRLF, and the line of each row', () => {
    const t = table(
      '\uFEFFuai;nom\r\n0801234G;"Collège ""A""; annexe"\r\n\r\n0800010B;"deux\nlignes"\r\n0021234F;x\r\n',
    );
    expect(t.header).toEqual(['uai', 'nom']);
    expect(t.rows.map((r) => [r.line, r.cells.nom])).toEqual([
      [2, 'Collège "A"; annexe'],
      [4, 'deux\nlignes'],
      [6, 'x'],
    ]);
  });
  it('says where a malformed file breaks', () => {
    expect(readCsv('a;b\n1;"open\n')).toMatchObject({ field: '' });
  });
});

describe('file parsers', () => {
  it('normalises département codes', () => {
    expect(['080', '002', '02A', '974', '80'].map(departementCode)).toEqual(['80', '02', '2A', '974', '80']);
    expect(['V6', '6', 'vague 6', 'Vague6', 'V06'].map(waveIdOf)).toEqual(['V6', 'V6', 'V6', 'V6', 'V6']);
    expect(waveIdOf('six')).toBeNull();
  });

  it('reports missing columns on line 1', () => {
    expect(lines(parseAnnuaire('uai;nom\n', { academieCode: '20' }))).toContainEqual([1, 'name']);
    expect(lines(parseDeployment(table('uai;vague\n')))).toEqual([[1, 'agence']]);
  });

  it('reads the waves and rejects bad rows', () => {
    const r = parseWaves(
      table('vague;bascule;eple_prevus\nV6;2024-01-01;61\nV9;01/09/2025;\nX;2024-13-01;-1\n'),
    );
    expect(r.records).toEqual([
      { id: 'V6', number: 6, switchDate: '2024-01-01', plannedCount: 61, milestones: [] },
      { id: 'V9', number: 9, switchDate: '2025-09-01', plannedCount: null, milestones: [] },
    ]);
    expect(lines(r)).toEqual([
      [4, 'vague'],
      [4, 'bascule'],
      [4, 'eple_prevus'],
    ]);
  });

  it('reads the kit actions with French actors', () => {
    const r = parseKitActions(
      table("id;acteur;libelle\nCE-01;Chef d'établissement;Désigner\nX;Intendant;Rien\n"),
    );
    expect(r.records).toEqual([{ id: 'CE-01', actor: 'chef-etablissement', label: 'Désigner' }]);
    expect(lines(r)).toEqual([[3, 'acteur']]);
  });

  it('reads kit progress: finalized, undone, and rows with nothing done yet', () => {
    const r = parseKitProgress(
      table(
        `uai;action;date_finalisation;statut\n${a};A1;2024-01-05;oui\n${a};A1;06/01/2024;annulée\n${a};A2;;non\n${wrong};A3;2024-01-05;\n${a};A4;;finalisée\n`,
      ),
    );
    expect(r.records.map((e) => [e.actionId, e.kind, e.on])).toEqual([
      ['A1', 'finalized', '2024-01-05'],
      ['A1', 'undone', '2024-01-06'],
    ]);
    expect(lines(r)).toEqual([
      [5, 'uai'],
      [6, 'date_finalisation'],
    ]);
    expect(r.errors[0]?.reason).toContain(`expected ${a}`);
  });

  it('reads budgets and rejects bad rows', () => {
    const r = parseBudgets(
      table(`uai;exercice;date_executoire\n${a};2024;19/01/2024\n${a};24;2024-01-19\n${a};2024;demain\n`),
    );
    expect(r.records).toEqual([{ uai: a, exercise: 2024, executoireOn: '2024-01-19' }]);
    expect(lines(r)).toEqual([
      [3, 'exercice'],
      [4, 'date_executoire'],
    ]);
  });

  it('rejects a UAI twice in the académie table', () => {
    const r = parseDeployment(table(`uai;agence_comptable;vague\n${a};${a};V6\n${a};${a};V7\n`));
    expect(lines(r)).toEqual([[3, 'uai']]);
  });
});
