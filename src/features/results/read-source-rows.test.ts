import { describe, expect, it } from 'vitest';
import { decodeTextStream, type SupportedEncoding } from '../../csv/encodings';
import { parseCsvStream } from '../../csv/parse-stream';
import type { CsvDialect } from '../../csv/sniff-dialect';
import {
  concatBytes,
  encodeUtf16,
  encodeWindows1252,
} from '../../csv/test-support/legacy-encodings';
import { readSourceRows } from './read-source-rows';

type Dialect = Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;

/** The file's rows and its row index exactly as the drop step builds them (the stream parse). */
async function indexed(
  bytes: Uint8Array,
  encoding: SupportedEncoding,
  leadingBytes: number,
  dialect: Dialect,
) {
  const file = new File([bytes as BlobPart], 'rows.csv');
  const rows: string[][] = [];
  const summary = await parseCsvStream(decodeTextStream(file.stream(), encoding), {
    dialect,
    encoding,
    leadingBytes,
    onRows: (batch) => rows.push(...batch.rows),
  }).done;
  return { file, rows, rowOffsets: summary.rowOffsets };
}

const COMMA_LF: Dialect = { delimiter: ',', quoteChar: '"', newline: '\n' };

describe('reading source rows again by byte offset', () => {
  it('reads scattered rows, in the order asked, with quotes, line breaks and multibyte text', async () => {
    const lines = ['Name,Note'];
    for (let i = 0; i < 3000; i++) {
      const note = i % 97 === 0 ? `"two\nlines, ""quoted"" ${i}"` : `Ünïcödé ✓ ${i}`;
      lines.push(`Row ${i},${note}`);
      if (i % 500 === 0) lines.push('');
    }
    const bytes = new TextEncoder().encode(`\uFEFF${lines.join('\n')}\n`);
    const source = await indexed(bytes, 'utf-8', 3, COMMA_LF);
    expect(source.rows).toHaveLength(3000);
    const wanted = [2999, 0, 97, 98, 1500, 1501, 1502, 500, 501, 2000, 0];
    const read = await readSourceRows({
      ...source,
      encoding: 'utf-8',
      leadingBytes: 3,
      dialect: COMMA_LF,
      rows: wanted,
    });
    expect(read).toEqual(wanted.map((row) => source.rows[row]));
  });

  it('reads windows-1252 with semicolons and CRLF, and UTF-16', async () => {
    const text = 'A;B\r\nCafé;1\r\nNaïve;"x;y"\r\nÉté;3\r\n';
    const dialect: Dialect = { delimiter: ';', quoteChar: '"', newline: '\r\n' };
    const latin = await indexed(encodeWindows1252(text), 'windows-1252', 0, dialect);
    expect(
      await readSourceRows({
        ...latin,
        encoding: 'windows-1252',
        leadingBytes: 0,
        dialect,
        rows: [2, 1],
      }),
    ).toEqual([
      ['Été', '3'],
      ['Naïve', 'x;y'],
    ]);

    const utf16 = concatBytes(encodeUtf16(text, true, true));
    const wide = await indexed(utf16, 'utf-16le', 2, dialect);
    expect(
      await readSourceRows({
        ...wide,
        encoding: 'utf-16le',
        leadingBytes: 2,
        dialect,
        rows: [0, 2],
      }),
    ).toEqual([
      ['Café', '1'],
      ['Été', '3'],
    ]);
  });

  it('refuses a row the index does not have', async () => {
    const source = await indexed(new TextEncoder().encode('A\n1\n'), 'utf-8', 0, COMMA_LF);
    await expect(
      readSourceRows({
        ...source,
        encoding: 'utf-8',
        leadingBytes: 0,
        dialect: COMMA_LF,
        rows: [1],
      }),
    ).rejects.toThrow(/Row 2 is not in the file/);
  });
});
