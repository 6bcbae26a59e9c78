import { makeUai } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { parseDeployment, waveIdOf } from './deployment.js';
import { fixtureText as fixture, csvTable as table } from './table.fixture.js';

const a = makeUai('0801111');
const b = makeUai('0801112');

describe('parseDeployment', () => {
  it('reads the académie table under its French headers, waves and days written either way', async () => {
    const r = parseDeployment(await table(fixture('deployment.csv')));
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(8);
    expect(r.records).toEqual([
      { uai: '0800010B', agenceUai: '0800010B', waveId: 'V2', createdOn: '2021-10-08' },
      { uai: '0600056K', agenceUai: '0600056K', waveId: 'V4' },
      { uai: '0801234G', agenceUai: '0800010B', waveId: 'V6', createdOn: '2023-10-06' },
      { uai: '0801700N', agenceUai: '0801700N', waveId: 'V5', createdOn: '2023-06-09' },
      { uai: '0021234F', agenceUai: '0600056K', waveId: 'V6', createdOn: '2023-10-06' },
      { uai: '0801801Y', agenceUai: '0800010B', waveId: 'V6', createdOn: '2023-10-06' },
      { uai: '0021802Y', agenceUai: '0600056K', waveId: 'V7' },
      { uai: '0601803J', agenceUai: '0600056K', waveId: 'V7' },
    ]);
  });

  it('keeps the name when given, and normalises UAIs written in lower case', async () => {
    const r = parseDeployment(await table(`UAI,Nom,Agence,Vague\n${a.toLowerCase()},Collège A,${b},V6\n`));
    expect(r.records).toEqual([{ uai: a, name: 'Collège A', agenceUai: b, waveId: 'V6' }]);
  });

  it('reports every bad row with its line and column, and a UAI twice', async () => {
    const wrong = `${b.slice(0, 7)}${b.endsWith('A') ? 'B' : 'A'}`;
    const r = parseDeployment(
      await table(
        [
          'uai;agence_comptable;vague;creation_opale',
          `${a};${a};V6;2023-10-06`,
          `${b};${wrong};V6;`,
          `x;${a};six;31/02/2024`,
          `${a};${a};V7;`,
          `;${a};V6;`,
        ].join('\n'),
      ),
    );
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'agence_comptable'],
      [4, 'uai'],
      [4, 'vague'],
      [4, 'creation_opale'],
      [5, 'uai'],
      [6, 'uai'],
    ]);
    expect(r.errors[0]?.reason).toContain(`expected ${b}`);
    expect(r.errors[4]?.reason).toBe(`${a} appears more than once in the file`);
    expect(r.records.map((x) => x.uai)).toEqual([a]);
  });

  it('reports the missing columns on line 1', async () => {
    expect(parseDeployment(await table('uai;nom\n')).errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'agence_comptable'],
      [1, 'vague'],
    ]);
  });

  it('reads waves written V6, 6, vague 6', async () => {
    expect(['V6', '6', 'vague 6', 'Vague6', 'v06', ' V6 '].map(waveIdOf)).toEqual(Array(6).fill('V6'));
    expect(['six', 'V0', '', 'V6b'].map(waveIdOf)).toEqual([null, null, null, null]);
  });
});
