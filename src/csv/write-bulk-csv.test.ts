import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BULK_CSV_PIECE_BYTES,
  BulkCsvRowEncoder,
  BulkCsvWriter,
  encodeBulkCsvRow,
  encodeBulkCsvValue,
  writeBulkCsvText,
} from './write-bulk-csv';

describe('encodeBulkCsvValue quotes only where RFC 4180 needs it', () => {
  it.each([
    ['plain', 'Ada', 'Ada'],
    ['empty', '', ''],
    ['a comma', 'Smith, Ada', '"Smith, Ada"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['leading and trailing spaces (data, Bulk API does not trim)', ' Ada ', ' Ada '],
    ['the null marker', '#N/A', '#N/A'],
    ['a relationship header', 'User:Owner.Username', 'User:Owner.Username'],
    ['non-ASCII', 'Zoë; 日本', 'Zoë; 日本'],
  ])('%s', (_name, value, encoded) => {
    expect(encodeBulkCsvValue(value)).toBe(encoded);
  });
});

describe('BulkCsvRowEncoder', () => {
  const value = fc.string({
    unit: fc.oneof(
      fc.constantFrom('a', ' ', ',', '"', '\n', '\r', 'é', '日', '🙂', '\ud83d', '\ude42', '#'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
    maxLength: 40,
  });

  it('writes the UTF-8 of encodeBulkCsvRow, lone surrogates as U+FFFD like a Blob', () => {
    const encoder = new BulkCsvRowEncoder();
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), (values) => {
        const expected = new TextEncoder().encode(encodeBulkCsvRow(values));
        const length = encoder.encodeRow(values);
        expect(encoder.bytes.subarray(0, length)).toEqual(expected);
        const line = encodeBulkCsvRow(values);
        expect(encoder.bytes.subarray(0, encoder.encodeLine(line))).toEqual(expected);
      }),
    );
  });

  it('grows for a row longer than its buffer', () => {
    const encoder = new BulkCsvRowEncoder();
    const long = 'é"'.repeat(10_000);
    const length = encoder.encodeRow(['x', long]);
    expect(encoder.bytes.subarray(0, length)).toEqual(
      new TextEncoder().encode(encodeBulkCsvRow(['x', long])),
    );
  });
});

describe('BulkCsvWriter', () => {
  it('writes comma-separated LF lines and counts UTF-8 bytes', async () => {
    const writer = new BulkCsvWriter(['LastName', 'Description']);
    const rowBytes = writer.writeRow(['Zoë', 'a,b']);
    expect(rowBytes).toBe(new TextEncoder().encode('Zoë,"a,b"\n').length);
    const body = writer.finish();
    expect(await body.blob.text()).toBe('LastName,Description\nZoë,"a,b"\n');
    expect(body).toMatchObject({ rows: 1, bytes: body.blob.size });
  });

  it('matches the preview text exactly', async () => {
    const rows = [
      ['1', 'x"y'],
      ['2', 'multi\nline'],
    ];
    const writer = new BulkCsvWriter(['Id', 'Note']);
    rows.forEach((row) => writer.writeRow(row));
    expect(await writer.finish().blob.text()).toBe(writeBulkCsvText(['Id', 'Note'], rows));
  });

  it('lets a caller cut a job before a byte limit', () => {
    const writer = new BulkCsvWriter(['Name']);
    const line = encodeBulkCsvRow(['Ada']);
    const limit = writer.headerBytes + 2 * line.length;
    expect(writer.fits(line.length, limit)).toBe(true);
    writer.writeEncodedRow(line, line.length);
    writer.writeEncodedRow(line, line.length);
    expect(writer.fits(line.length, limit)).toBe(false);
  });

  it('hands text to the Blob in pieces of about BULK_CSV_PIECE_BYTES', async () => {
    const writer = new BulkCsvWriter(['Value']);
    const value = 'x'.repeat(1023);
    const rows = Math.ceil((2.5 * BULK_CSV_PIECE_BYTES) / 1024);
    for (let i = 0; i < rows; i++) writer.writeRow([value]);
    const body = writer.finish();
    expect(body.rows).toBe(rows);
    expect(body.blob.size).toBe(6 + rows * 1024);
    expect(body.bytes).toBe(body.blob.size);
  });

  it('writes a row larger than a piece on its own', async () => {
    const writer = new BulkCsvWriter(['Value']);
    const big = 'y'.repeat(BULK_CSV_PIECE_BYTES + 10);
    writer.writeRow(['a']);
    writer.writeRow([big]);
    writer.writeEncodedRow(encodeBulkCsvRow(['b']), 2);
    const body = writer.finish();
    expect(await body.blob.text()).toBe(`Value\na\n${big}\nb\n`);
    expect(body).toMatchObject({ rows: 3, bytes: body.blob.size });
  });
});
