import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { hasForeignLineEnding, readRowAt, UploadReader } from './upload-reader';

function readAll(text: string, windowBytes: number) {
  const bytes = Buffer.from(text);
  const reader = new UploadReader(bytes, ',', 0, windowBytes);
  const rows: { values: string[]; start: number; end: number }[] = [];
  for (let row = reader.readRow(); row !== undefined; row = reader.readRow()) {
    rows.push({ values: row, start: reader.rowStart, end: reader.pos });
  }
  return { bytes, rows };
}

describe('UploadReader', () => {
  const text =
    'Name,Note\nAda,"line 1\nline 2"\nBjörn,"quote ""é"" ✓"\nZoë,plain\n"long\n\n\nvalue",x\nlast,row';

  it.each([1, 2, 3, 7, 16, 1 << 20])(
    'reads the same rows whatever the window size (%i bytes)',
    (windowBytes) => {
      const { rows } = readAll(text, windowBytes);
      expect(rows.map((r) => r.values)).toEqual([
        ['Name', 'Note'],
        ['Ada', 'line 1\nline 2'],
        ['Björn', 'quote "é" ✓'],
        ['Zoë', 'plain'],
        ['long\n\n\nvalue', 'x'],
        ['last', 'row'],
      ]);
    },
  );

  it('gives byte offsets that read each row back, multi-byte characters included', () => {
    const { bytes, rows } = readAll(text, 8);
    for (const row of rows) expect(readRowAt(bytes, ',', row.start, row.end)).toEqual(row.values);
    expect(rows.at(-1)?.end).toBe(bytes.length);
  });

  it('keeps a UTF-8 BOM glued to the first header', () => {
    expect(readAll('\ufeffName\nAcme\n', 4).rows[0]?.values).toEqual(['\ufeffName']);
  });
});

describe('hasForeignLineEnding', () => {
  it.each([
    ['LF file, LF job', 'a,b\n1,2\n', 'LF', false],
    ['CRLF file, LF job', 'a,b\r\n1,2\r\n', 'LF', true],
    ['LF job, CRLF only inside quotes', 'a,b\n"x\r\ny",2\n', 'LF', false],
    ['CRLF file, CRLF job', 'a,b\r\n1,2\r\n', 'CRLF', false],
    ['LF file, CRLF job', 'a,b\n1,2\n', 'CRLF', true],
    ['CRLF job, LF only inside quotes', 'a,b\r\n"x\ny",2\r\n', 'CRLF', false],
    ['one-line file without a break', 'a,b', 'CRLF', false],
  ] as const)('%s → %s', (_name, text, lineEnding, expected) => {
    expect(hasForeignLineEnding(Buffer.from(text), ',', lineEnding)).toBe(expected);
  });
});
