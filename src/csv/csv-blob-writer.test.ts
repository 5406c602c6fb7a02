import { describe, expect, it } from 'vitest';
import { CsvBlobWriter, encodeCsvField } from './csv-blob-writer';
import { parseCsvRecords } from './parse-records';
import { neutraliseFormula } from './spreadsheet-safe';

const COMMA = { delimiter: ',', quoteChar: '"', newline: '\n' } as const;
const SEMICOLON_CRLF = { delimiter: ';', quoteChar: '"', newline: '\r\n' } as const;

describe('the CSV Blob writer', () => {
  it('quotes only the fields that need it, in the dialect given', () => {
    expect(encodeCsvField('plain', COMMA)).toBe('plain');
    expect(encodeCsvField('a,b', COMMA)).toBe('"a,b"');
    expect(encodeCsvField('a,b', SEMICOLON_CRLF)).toBe('a,b');
    expect(encodeCsvField('a;b', SEMICOLON_CRLF)).toBe('"a;b"');
    expect(encodeCsvField('say "hi"', COMMA)).toBe('"say ""hi"""');
    expect(encodeCsvField('two\nlines', COMMA)).toBe('"two\nlines"');
    expect(encodeCsvField(' padded ', COMMA)).toBe('" padded "');
    expect(encodeCsvField("it's", { ...COMMA, quoteChar: "'" })).toBe("'it''s'");
  });

  it('writes header and rows that read back cell for cell, across many pieces', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [
      `name ${i}`,
      i % 7 === 0 ? 'has;semicolon' : 'x',
      i % 5 === 0 ? 'multi\r\nline "quoted"' : 'Ünïcödé ✓',
      '',
    ]);
    const writer = new CsvBlobWriter(SEMICOLON_CRLF, ['A', 'B', 'C', 'D'], { pieceChars: 1000 });
    for (const row of rows) writer.writeRow(row);
    expect(writer.rows).toBe(500);
    const text = await writer.finish().text();
    expect(text.startsWith('A;B;C;D\r\n')).toBe(true);
    expect(parseCsvRecords(text, SEMICOLON_CRLF)).toEqual([['A', 'B', 'C', 'D'], ...rows]);
  });

  it('starts with a byte order mark when asked', async () => {
    const writer = new CsvBlobWriter(COMMA, ['A'], { byteOrderMark: true });
    writer.writeRow(['1']);
    const bytes = new Uint8Array(await writer.finish().arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('formula neutralising', () => {
  it('prefixes a quote to cells a spreadsheet would run, and leaves the rest', () => {
    expect(['=1+1', '+33 1', '-5', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+33 1",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(['', 'plain', ' =not first', '5-3'].map(neutraliseFormula)).toEqual([
      '',
      'plain',
      ' =not first',
      '5-3',
    ]);
  });
});

describe('parsing records of a slice', () => {
  it('skips blank lines so record i is the i-th data row', () => {
    expect(parseCsvRecords('a,b\n\n"c\nd",e\n', COMMA)).toEqual([
      ['a', 'b'],
      ['c\nd', 'e'],
    ]);
  });
});
