import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvCursor } from './csv-reader';
import { COLUMN_DELIMITERS } from './ingest-types';

function readAll(
  text: string,
  delimiter = ',',
): { rows: string[][]; terminators: string[]; malformed: boolean[] } {
  const cursor = new CsvCursor(text, delimiter);
  const rows: string[][] = [];
  const terminators: string[] = [];
  const malformed: boolean[] = [];
  for (let row = cursor.readRow(); row !== undefined; row = cursor.readRow()) {
    rows.push(row);
    terminators.push(cursor.terminator);
    malformed.push(cursor.malformed);
  }
  return { rows, terminators, malformed };
}

describe('CsvCursor', () => {
  it.each([
    [
      'plain LF rows',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      ['LF', 'LF'],
    ],
    [
      'CRLF rows keep no CR in values',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      ['CRLF', 'CRLF'],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      ['LF', 'EOF'],
    ],
    ['empty trailing value', 'a,b,\n', [['a', 'b', '']], ['LF']],
    ['empty trailing value at the end', 'a,', [['a', '']], ['EOF']],
    ['delimiter inside quotes', '"x,y",z\n', [['x,y', 'z']], ['LF']],
    ['doubled quotes', '"say ""hi""",2\n', [['say "hi"', '2']], ['LF']],
    ['line break inside quotes', '"line 1\nline 2",2\n', [['line 1\nline 2', '2']], ['LF']],
    [
      'CRLF inside quotes is data',
      '"line 1\r\nline 2",2\r\n',
      [['line 1\r\nline 2', '2']],
      ['CRLF'],
    ],
    [
      'quoted value then CRLF',
      'a,"b"\r\nc,"d"\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      ['CRLF', 'CRLF'],
    ],
    ['no trimming', 'John, Smith\n', [['John', ' Smith']], ['LF']],
    ['a lone CR is data', 'a\rb,c\n', [['a\rb', 'c']], ['LF']],
  ])('reads %s', (_name, text, rows, terminators) => {
    const read = readAll(text);
    expect(read.rows).toEqual(rows);
    expect(read.terminators).toEqual(terminators);
    expect(read.malformed.every((m) => !m)).toBe(true);
  });

  it.each(Object.entries(COLUMN_DELIMITERS))(
    'splits on the %s delimiter and quotes it',
    (_name, delimiter) => {
      const text = `Name${delimiter}Note\nAcme${delimiter}"has ${delimiter} inside"\n`;
      expect(readAll(text, delimiter).rows).toEqual([
        ['Name', 'Note'],
        ['Acme', `has ${delimiter} inside`],
      ]);
    },
  );

  it('keeps a UTF-8 BOM glued to the first header, as Salesforce reads it', () => {
    expect(readAll('\ufeffName,Phone\n').rows[0]).toEqual(['\ufeffName', 'Phone']);
  });

  it.each([
    ['a space before a quoted value', 'John, "Smith"\n', ['John', ' "Smith"']],
    ['text after a closing quote', '"John" ,Smith\n', ['John ', 'Smith']],
    ['no closing quote', '"John,Smith\n', ['John,Smith\n']],
  ])('marks the row malformed for %s', (_name, text, row) => {
    const read = readAll(text);
    expect(read.rows[0]).toEqual(row);
    expect(read.malformed[0]).toBe(true);
  });

  it('reports blank lines and reads on after them', () => {
    const cursor = new CsvCursor('a\n\nb\n', ',');
    expect(cursor.readRow()).toEqual(['a']);
    expect(cursor.blank).toBe(false);
    expect(cursor.readRow()).toEqual(['']);
    expect(cursor.blank).toBe(true);
    expect(cursor.readRow()).toEqual(['b']);
    expect(cursor.readRow()).toBeUndefined();
  });

  it('re-reads any row from its start offset', () => {
    const text = 'h\n"multi\nline"\nlast\n';
    const cursor = new CsvCursor(text, ',');
    cursor.readRow();
    const start = cursor.pos;
    cursor.readRow();
    cursor.readRow();
    cursor.pos = start;
    expect(cursor.readRow()).toEqual(['multi\nline']);
  });

  it('builds only the asked column when reading one column', () => {
    const cursor = new CsvCursor('a,"b ""x""",c\n1,2\n', ',');
    expect(cursor.readRow(1)).toEqual(['b "x"']);
    expect(cursor.readRow(2)).toEqual([]);
    expect(cursor.readRow()).toBeUndefined();
  });

  it('reads back whatever RFC-4180 quoting wrote, for any values', () => {
    const value = fc.string({
      unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', ' ', 'é', '|'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text =
            rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
          expect(readAll(text).rows).toEqual(rows);
        },
      ),
    );
  });
});
