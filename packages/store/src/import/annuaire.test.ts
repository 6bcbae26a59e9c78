import { makeUai } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { departementCode, parseAnnuaire } from './annuaire.js';
import { csvTable, fixtureText as fixture } from './table.fixture.js';

const annuaire = async (text: string, academieCode: string) =>
  parseAnnuaire(await csvTable(text), { academieCode });
const HEADER =
  'identifiant_de_l_etablissement;nom_etablissement;type_etablissement;statut_public_prive;nom_commune;code_departement;code_academie;etat;libelle_nature;lycee_general;lycee_technologique;lycee_professionnel';
const row = (uai: string, type: string, nature: string, voies = ';;') =>
  `${uai};Établissement ${uai};${type};Public;Amiens;080;20;OUVERT;${nature};${voies}`;

describe('parseAnnuaire', () => {
  it('keeps the public, open collèges, lycées and EREA of the académie, and counts the rest', async () => {
    const r = await annuaire(fixture('annuaire.csv'), '20');
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(25);
    expect(r.skipped).toBe(16);
    expect(r.records.map((e) => [e.uai, e.kind, e.departement])).toEqual([
      ['0801234G', 'college', '80'],
      ['0800010B', 'lgt', '80'],
      ['0021234F', 'college', '02'],
      ['0600056K', 'lp', '60'],
      ['0801700N', 'lpo', '80'],
      ['0801801Y', 'college', '80'],
      ['0021802Y', 'college', '02'],
      ['0601803J', 'college', '60'],
      ['0801804B', 'erea', '80'],
    ]);
    expect(r.records[0]).toEqual({
      uai: '0801234G',
      name: 'Collège des Hêtres',
      kind: 'college',
      commune: 'Amiens',
      departement: '80',
    });
    expect(r.lines).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps another académie when asked, with or without its leading zero', async () => {
    const r = await annuaire(fixture('annuaire.csv'), '9');
    expect(r.records.map((e) => [e.uai, e.kind, e.departement])).toEqual([
      ['0591903Y', 'college', '59'],
      ['0621920A', 'lpo', '62'],
    ]);
  });

  it('reports every bad row kept, with its line and column', async () => {
    const r = await annuaire(fixture('annuaire-bad.csv'), '20');
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'identifiant_de_l_etablissement'],
      [3, 'nom_etablissement'],
      [4, 'code_departement'],
    ]);
    expect(r.errors[0]?.reason).toBe(
      `the check letter of 0801805 is ${makeUai('0801805').slice(7)}, got A (expected ${makeUai('0801805')})`,
    );
    expect(r.errors[2]?.reason).toContain('"X"');
    expect(r.records.map((e) => e.uai)).toEqual(['0801808F']);
  });

  it('tells lycées apart by their tracks, or by their nature when the tracks are not given', async () => {
    const [a, b, c, d, e, f] = ['0801931', '0801932', '0801933', '0801934', '0801935', '0801936'].map(
      makeUai,
    );
    const text = [
      HEADER,
      row(a as string, 'Lycée', 'LYCEE D ENSEIGNEMENT GENERAL', '1;0;1'),
      row(b as string, 'Lycée', 'LYCEE', '0;1;0'),
      row(c as string, 'Lycée', 'LYCEE', '0;0;1'),
      row(d as string, 'Lycée', 'LYCEE POLYVALENT'),
      row(e as string, 'Lycée', 'LYCEE PROFESSIONNEL'),
      row(f as string, 'Lycée', 'LYCEE D ENSEIGNEMENT TECHNOLOGIQUE'),
    ].join('\n');
    expect((await annuaire(text, '20')).records.map((x) => x.kind)).toEqual([
      'lpo',
      'lgt',
      'lp',
      'lpo',
      'lp',
      'lgt',
    ]);
  });

  it('reports a UAI that comes twice', async () => {
    const a = makeUai('0801931');
    const r = await annuaire(
      [HEADER, row(a, 'Collège', 'COLLEGE'), row(a, 'Collège', 'COLLEGE')].join('\n'),
      '20',
    );
    expect(r.errors).toEqual([
      { line: 3, field: 'identifiant_de_l_etablissement', reason: `${a} appears more than once in the file` },
    ]);
  });

  it('reports missing columns on line 1, by their Annuaire name', async () => {
    const r = await annuaire('identifiant_de_l_etablissement;nom_etablissement\n', '20');
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'type_etablissement'],
      [1, 'statut_public_prive'],
      [1, 'nom_commune'],
      [1, 'code_departement'],
      [1, 'code_academie'],
    ]);
  });

  it('writes département codes as the domain does', async () => {
    expect(['080', '002', '02A', '02B', '974', '80', '2a'].map(departementCode)).toEqual([
      '80',
      '02',
      '2A',
      '2B',
      '974',
      '80',
      '2A',
    ]);
  });
});
