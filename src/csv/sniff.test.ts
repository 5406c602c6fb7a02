import { describe, expect, it } from 'vitest';
import { sniff } from './sniff';
import {
  concatBytes,
  encodeShiftJis,
  encodeUtf16,
  encodeWindows1252,
} from './test-support/legacy-encodings';

const utf8 = (text: string) => new TextEncoder().encode(text);
const complete = { truncated: false };

describe('sniff recognises files that are not CSV text', () => {
  it.each([
    [
      'an .xlsx workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      'xlsx',
      'excel-workbook',
    ],
    [
      'an .xls workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      'xls',
      'legacy-excel-workbook',
    ],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'pdf', 'binary-file'],
    ['a gzip file', new Uint8Array([0x1f, 0x8b, 0x08, 0x00]), 'gzip', 'binary-file'],
    [
      'bytes with NULs',
      concatBytes(utf8('Name,Email\nAda'), new Uint8Array([0, 0, 7, 0]), utf8('x\n')),
      'binary',
      'binary-file',
    ],
  ])('%s', (_name, bytes, fileType, code) => {
    const result = sniff(bytes, complete);
    expect(result.kind).toBe('binary');
    if (result.kind !== 'binary') return;
    expect(result.fileType).toBe(fileType);
    expect(result.problem.code).toBe(code);
    expect(result.problem.severity).toBe('error');
  });

  it('tells the user to save an Excel workbook as CSV UTF-8 first', () => {
    const result = sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), complete);
    expect(result.kind === 'binary' && result.problem.action).toContain('CSV UTF-8');
  });

  it.each([
    ['no bytes at all', new Uint8Array()],
    ['only a BOM and blank lines', utf8('\uFEFF\r\n\r\n')],
  ])('calls a file with %s empty', (_name, bytes) => {
    const result = sniff(bytes, complete);
    expect(result.kind).toBe('empty');
    expect(result.kind === 'empty' && result.problem.code).toBe('empty-file');
  });
});

describe('sniff guesses the encoding with evidence', () => {
  const latin = encodeWindows1252('Nom,Ville\nMüller,Zürich\nCafé Crème,Orléans\n');
  const japanese = encodeShiftJis('名前,住所\n山田太郎,東京都千代田区\nすずき,おおさか\n');
  it.each([
    ['a UTF-8 BOM', utf8('\uFEFFName,City\nZoë,Tromsø\n'), 'utf-8', 3, 'certain', false],
    [
      'a UTF-16LE BOM',
      encodeUtf16('Name\tCity\nZoë\tTromsø\n', true, true),
      'utf-16le',
      2,
      'certain',
      false,
    ],
    [
      'a UTF-16BE BOM',
      encodeUtf16('Name\tCity\nZoë\tTromsø\n', false, true),
      'utf-16be',
      2,
      'certain',
      false,
    ],
    [
      'UTF-16LE without a BOM',
      encodeUtf16('Name,City\nAda,London\n', true, false),
      'utf-16le',
      0,
      'medium',
      true,
    ],
    ['plain ASCII', utf8('Name,City\nAda,London\n'), 'utf-8', 0, 'high', false],
    ['valid multi-byte UTF-8', utf8('Name,City\nZoë,Tromsø\n'), 'utf-8', 0, 'certain', false],
    ['Western text in Windows-1252', latin, 'windows-1252', 0, 'high', true],
    ['Japanese text in Shift_JIS', japanese, 'shift_jis', 0, 'high', true],
  ])('%s', (_name, bytes, encoding, bomLength, confidence, needsConfirmation) => {
    const result = sniff(bytes, complete);
    expect(result.kind).toBe('text');
    if (result.kind !== 'text') return;
    expect(result.encoding).toMatchObject({ encoding, bomLength, confidence, needsConfirmation });
    expect(result.encoding.evidence.length).toBeGreaterThan(0);
  });

  it('reports where invalid UTF-8 starts and never picks UTF-8 for it', () => {
    const bytes = encodeWindows1252('Name\nMüller\n');
    const result = sniff(bytes, complete);
    if (result.kind !== 'text') throw new Error('expected text');
    expect(result.encoding.invalidUtf8[0]).toMatchObject({ offset: 6, hex: 'FC' });
    expect(result.encoding.evidence[0]).toContain('not UTF-8');
    expect(result.encoding.candidates.map((c) => c.encoding)).toEqual([
      'windows-1252',
      'shift_jis',
      'utf-8',
    ]);
  });

  it('does not blame a UTF-8 character cut off at the end of a sample', () => {
    const bytes = utf8('Name,City\nZoë,Tromsø').slice(0, -1);
    const result = sniff(bytes, { truncated: true });
    expect(result.kind === 'text' && result.encoding.encoding).toBe('utf-8');
    expect(result.kind === 'text' && result.encoding.invalidUtf8).toEqual([]);
  });

  it('decodes the sample with the guess and strips the BOM', () => {
    const result = sniff(encodeUtf16('Name\tCity\n', true, true), complete);
    expect(result.kind === 'text' && result.sampleText).toBe('Name\tCity\n');
  });
});

describe('sniff finds the dialect by field-count consistency', () => {
  it.each([
    ['comma', 'Name,City,Amount\nAda,London,1\nBob,Paris,2\n', ',', '\n'],
    ['semicolon with decimal commas', 'Name;Amount;Rate\nAda;1,5;2,25\nBob;3,0;4,75\n', ';', '\n'],
    ['tab', 'Name\tCity\nAda\tLondon\nBob\tParis\n', '\t', '\n'],
    ['pipe', 'Name|City\nAda|London\nBob|Paris\n', '|', '\n'],
    ['caret', 'Name^City\nAda^London\nBob^Paris\n', '^', '\n'],
    ['backquote', 'Name`City\nAda`London\nBob`Paris\n', '`', '\n'],
    ['CRLF', 'Name,City\r\nAda,London\r\nBob,Paris\r\n', ',', '\r\n'],
    ['CR', 'Name,City\rAda,London\rBob,Paris\r', ',', '\r'],
    [
      'quoted delimiters and line breaks',
      'Name;Note\r\n"Ada";"a;b\nc"\r\n"Bob";"say ""hi""; bye"\r\n',
      ';',
      '\r\n',
    ],
    ['a single column', 'Email\nada@example.com\nbob@example.com\n', ',', '\n'],
  ])('%s', (_name, text, delimiter, newline) => {
    const result = sniff(utf8(text), complete);
    if (result.kind !== 'text') throw new Error('expected text');
    expect(result.dialect).toMatchObject({ delimiter, newline, quoteChar: '"' });
    expect(result.dialect.evidence.length).toBeGreaterThanOrEqual(3);
  });

  it('ignores a last row cut off by the sample', () => {
    const result = sniff(utf8('a,b,c\n1,2,3\n4,5,6\n7;8'), { truncated: true });
    expect(result.kind === 'text' && result.dialect.evidence[0]).toBe(
      'comma gives 3 fields on 3 of 3 rows',
    );
  });

  it('recognises single-quoted fields', () => {
    const result = sniff(utf8("'Name','City'\n'Ada','London, UK'\n"), complete);
    expect(result.kind === 'text' && result.dialect.quoteChar).toBe("'");
  });
});
