import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.js';
import { csvTable as table } from './table.fixture.js';

describe('readCsv', () => {
  it('strips the BOM, reads CRLF, keeps separators and line breaks inside quotes, and the line of each row', async () => {
    const t = await table(
      '\uFEFFuai ; nom\r\n0801234G;"Collège ""A""; annexe"\r\n\r\n0800010B;"deux\r\nlignes"\r\n0021234F; x \r\n',
    );
    expect(t.header).toEqual(['uai', 'nom']);
    expect(t.rows).toEqual([
      { line: 2, cells: { uai: '0801234G', nom: 'Collège "A"; annexe' } },
      { line: 4, cells: { uai: '0800010B', nom: 'deux\nlignes' } },
      { line: 6, cells: { uai: '0021234F', nom: 'x' } },
    ]);
  });

  it('counts lines right after a value holding a CRLF', async () => {
    const t = await table('a;b\r\n1;"x\r\n\r\ny"\r\n3;4\r\n');
    expect(t.rows.map((r) => [r.line, r.cells.b])).toEqual([
      [2, 'x\n\ny'],
      [5, '4'],
    ]);
  });

  it('skips rows of empty cells, as spreadsheets write them, and fills missing trailing cells', async () => {
    const t = await table('a;b;c\n1;2\n;;\n4;5;6\n;;\n');
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, { a: '1', b: '2', c: '' }],
      [4, { a: '4', b: '5', c: '6' }],
    ]);
  });

  it('detects the delimiter from the header, unless told', async () => {
    expect((await table('uai,nom\n0801234G,"Collège, A"\n')).rows[0]?.cells).toEqual({
      uai: '0801234G',
      nom: 'Collège, A',
    });
    expect((await table('uai;nom\n0801234G;Collège\n')).rows[0]?.cells.nom).toBe('Collège');
    expect((await table('a,b;c\n1,2;3\n', ',')).header).toEqual(['a', 'b;c']);
  });

  it('gives the line of an unclosed quote, not the end of the file', async () => {
    const error = await readCsv('a;b\n1;2\n3;"open\n4;5\n6;7\n');
    expect(error).toMatchObject({ line: 3, field: '' });
    expect('reason' in error && error.reason).toMatch(/malformed CSV/);
  });

  it('rejects a row with more cells than the header: a separator that should have been quoted', async () => {
    const error = await readCsv('uai;nom\n0801234G;Collège A\n0800010B;Lycée; annexe\n0021234F;a;b\n');
    expect(error).toMatchObject({ line: 3, field: '' });
    expect('reason' in error && error.reason).toContain('and 1 other rows');
    // Trailing empty cells are harmless.
    expect('rows' in (await readCsv('uai;nom\n0801234G;Collège A;;\n'))).toBe(true);
  });

  it('says an empty file has no header', async () => {
    expect(await readCsv('\uFEFF\n\n')).toMatchObject({ line: 1, reason: expect.stringContaining('header') });
  });

  it('reads a file streamed in chunks of any size as it reads it whole, across a BOM, a CRLF or a letter', async () => {
    const text =
      '\uFEFFuai ; nom\r\n0801234G;"Collège ""É""; annexe"\r\n\r\n0800010B;"deux\r\nlignes"\r\n0021234F; é \r';
    const bytes = Buffer.from(text, 'utf8');
    const whole = await table(text);
    expect(whole.rows.map((r) => [r.line, r.cells.nom])).toEqual([
      [2, 'Collège "É"; annexe'],
      [4, 'deux\nlignes'],
      [6, 'é'],
    ]);
    for (const size of [1, 2, 3, 7]) {
      async function* chunks() {
        for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
      }
      expect(await readCsv(chunks())).toEqual(whole);
    }
  });
});
