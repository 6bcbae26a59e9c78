import { describe, expect, it } from 'vitest';
import { readCsv, type TextTable } from './csv.js';

const table = (text: string, delimiter?: ';' | ',' | 'auto'): TextTable => {
  const t = readCsv(text, { delimiter });
  if (!('rows' in t)) throw new Error(`line ${t.line}: ${t.reason}`);
  return t;
};

describe('readCsv', () => {
  it('strips the BOM, reads CRLF, keeps separators and line breaks inside quotes, and the line of each row', () => {
    const t = table(
      '\uFEFFuai ; nom\r\n0801234G;"Collège ""A""; annexe"\r\n\r\n0800010B;"deux\r\nlignes"\r\n0021234F; x \r\n',
    );
    expect(t.header).toEqual(['uai', 'nom']);
    expect(t.rows).toEqual([
      { line: 2, cells: { uai: '0801234G', nom: 'Collège "A"; annexe' } },
      { line: 4, cells: { uai: '0800010B', nom: 'deux\nlignes' } },
      { line: 6, cells: { uai: '0021234F', nom: 'x' } },
    ]);
  });

  it('counts lines right after a value holding a CRLF', () => {
    const t = table('a;b\r\n1;"x\r\n\r\ny"\r\n3;4\r\n');
    expect(t.rows.map((r) => [r.line, r.cells.b])).toEqual([
      [2, 'x\n\ny'],
      [5, '4'],
    ]);
  });

  it('skips rows of empty cells, as spreadsheets write them, and fills missing trailing cells', () => {
    const t = table('a;b;c\n1;2\n;;\n4;5;6\n;;\n');
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, { a: '1', b: '2', c: '' }],
      [4, { a: '4', b: '5', c: '6' }],
    ]);
  });

  it('detects the delimiter from the header, unless told', () => {
    expect(table('uai,nom\n0801234G,"Collège, A"\n').rows[0]?.cells).toEqual({
      uai: '0801234G',
      nom: 'Collège, A',
    });
    expect(table('uai;nom\n0801234G;Collège\n').rows[0]?.cells.nom).toBe('Collège');
    expect(table('a,b;c\n1,2;3\n', ',').header).toEqual(['a', 'b;c']);
  });

  it('gives the line of an unclosed quote, not the end of the file', () => {
    const error = readCsv('a;b\n1;2\n3;"open\n4;5\n6;7\n');
    expect(error).toMatchObject({ line: 3, field: '' });
    expect('reason' in error && error.reason).toMatch(/malformed CSV/);
  });

  it('rejects a row with more cells than the header: a separator that should have been quoted', () => {
    const error = readCsv('uai;nom\n0801234G;Collège A\n0800010B;Lycée; annexe\n0021234F;a;b\n');
    expect(error).toMatchObject({ line: 3, field: '' });
    expect('reason' in error && error.reason).toContain('and 1 other rows');
    // Trailing empty cells are harmless.
    expect('rows' in readCsv('uai;nom\n0801234G;Collège A;;\n')).toBe(true);
  });

  it('says an empty file has no header', () => {
    expect(readCsv('\uFEFF\n\n')).toMatchObject({ line: 1, reason: expect.stringContaining('header') });
  });
});
