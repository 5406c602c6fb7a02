import { describe, expect, it } from 'vitest';
import {
  BULK_CSV_PIECE_CHARS,
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

  it('hands text to the Blob in pieces of about BULK_CSV_PIECE_CHARS', async () => {
    const writer = new BulkCsvWriter(['Value']);
    const value = 'x'.repeat(1023);
    const rows = Math.ceil((2.5 * BULK_CSV_PIECE_CHARS) / 1024);
    for (let i = 0; i < rows; i++) writer.writeRow([value]);
    const body = writer.finish();
    expect(body.rows).toBe(rows);
    expect(body.blob.size).toBe(6 + rows * 1024);
    expect(body.bytes).toBe(body.blob.size);
  });
});
