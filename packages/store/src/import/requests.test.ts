import { describe, expect, it } from 'vitest';
import { parseRequests } from './requests.js';
import { csvTable } from './table.fixture.js';

const read = async (text: string) => parseRequests(await csvTable(text));

describe('requests received outside ITOP', async () => {
  it('reads each request with its channel, day, subject, school and resolution', async () => {
    const parsed = await read(
      'reference;canal;ouvert_le;objet;uai;equipe;resolu_le\n' +
        'TEL-1;téléphone;12/10/2023;SI2C - question de clôture;0801234G;;\n' +
        'MAIL-2;Courriel;2023-11-02;Accès FM1;0801234G;drasi;2023-11-03\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((t) => [t.ref, t.channel, t.openedOn, t.team, t.history.length])).toEqual([
      ['TEL-1', 'phone', '2023-10-12', 'SI2C', 0],
      ['MAIL-2', 'mail', '2023-11-02', 'DRASI', 1],
    ]);
  });

  it('names the line, the column and the reason of every bad row, and keeps none of them', async () => {
    const parsed = await read(
      'reference;canal;ouvert_le;objet;uai\n' +
        'A;itop;2023-10-12;SI2C - x;0801234G\n' +
        'B;mail;le 12;SI2C - x;0801234G\n' +
        'C;mail;2023-10-12;Sans équipe;0801234G\n' +
        'C;visio;2023-10-12;DRASI - x;080\n',
    );
    expect(parsed.records).toEqual([]);
    expect(parsed.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'canal'],
      [3, 'ouvert_le'],
      [4, 'equipe'],
      [5, 'reference'],
      [5, 'uai'],
    ]);
    expect(parsed.errors[0]?.reason).toBe('expected mail, téléphone or visio, got "itop"');
  });

  it('reads the names of the screenshots joined, and refuses a bad one with its line', async () => {
    const parsed = await read(
      'reference;canal;ouvert_le;objet;uai;captures\n' +
        'MAIL-1;mail;2023-11-02;SI2C - mandat rejeté;0801234G;"capture-erreur-mandat.png; detail.png"\n' +
        'MAIL-2;mail;2023-11-02;SI2C - mandat rejeté;0801234G;\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((t) => [t.screenshots, t.screenshotNames])).toEqual([
      [2, ['capture-erreur-mandat.png', 'detail.png']],
      [undefined, undefined],
    ]);
    const bad = await read(
      'reference;canal;ouvert_le;objet;uai;captures\nMAIL-1;mail;2023-11-02;SI2C - x;0801234G;"a.png; dossier/b.png"\n',
    );
    expect(bad.records).toEqual([]);
    expect(bad.errors).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'captures',
        reason: 'expected a file name without / \\ or control characters',
      }),
    ]);
  });

  it('says which column is missing', async () => {
    expect((await read('reference;ouvert_le;objet\nA;2023-10-12;SI2C - x\n')).errors[0]).toEqual(
      expect.objectContaining({ line: 1, field: 'canal' }),
    );
  });
});
