import { describe, expect, it } from 'vitest';
import { columnValues, readFirstRows, type SampleSource } from './org-sample-keys';

const DIALECT = { delimiter: ',', quoteChar: '"', newline: '\n' } as const;

/** Byte offsets of each data row of a UTF-8 text whose rows are the given lines after a header. */
function offsetsOf(header: string, rows: readonly string[], leading: number): Float64Array {
  const encoder = new TextEncoder();
  let at = leading + encoder.encode(`${header}\n`).length;
  return Float64Array.from(
    rows.map((row) => {
      const start = at;
      at += encoder.encode(`${row}\n`).length;
      return start;
    }),
  );
}

function source(text: string, rowOffsets: Float64Array | null, bom = false): SampleSource {
  const parts: BlobPart[] = bom ? [new Uint8Array([0xef, 0xbb, 0xbf]), text] : [text];
  return {
    file: new File(parts, 'x.csv'),
    encoding: 'utf-8',
    leadingBytes: bom ? 3 : 0,
    dialect: DIALECT,
    rowOffsets,
  };
}

describe('readFirstRows', () => {
  const header = 'Id,Name';
  const rows = ['001A,Acme', '001B,"Line one\nline two"', '001C,Ünïcode', '001D,Last'];
  const text = `${header}\n${rows.join('\n')}\n`;

  it('reads only the first N data rows through their byte offsets, header excluded', async () => {
    const read = await readFirstRows(source(text, offsetsOf(header, rows, 0)), 3);
    expect(read).toEqual([
      ['001A', 'Acme'],
      ['001B', 'Line one\nline two'],
      ['001C', 'Ünïcode'],
    ]);
  });

  it('reads to the end of the file when N is more than the rows, after a BOM', async () => {
    const read = await readFirstRows(source(text, offsetsOf(header, rows, 3), true), 10);
    expect(columnValues(read, 0)).toEqual(['001A', '001B', '001C', '001D']);
  });

  it('reads a single row', async () => {
    expect(await readFirstRows(source(text, offsetsOf(header, rows, 0)), 1)).toEqual([
      ['001A', 'Acme'],
    ]);
  });

  it('without row offsets, parses from the start and drops the header', async () => {
    const read = await readFirstRows(source(text, null, true), 2);
    expect(read).toEqual([
      ['001A', 'Acme'],
      ['001B', 'Line one\nline two'],
    ]);
  });

  it('reads UTF-16 files with their encoding', async () => {
    const utf16 = new Uint8Array(
      [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    );
    const offsets = offsetsOf(header, rows, 0).map((_, i) => {
      const before = `${header}\n${rows.slice(0, i).join('\n')}${i > 0 ? '\n' : ''}`;
      return before.length * 2;
    });
    const read = await readFirstRows(
      {
        file: new File([utf16], 'x.csv'),
        encoding: 'utf-16le',
        leadingBytes: 0,
        dialect: DIALECT,
        rowOffsets: offsets,
      },
      2,
    );
    expect(columnValues(read, 1)).toEqual(['Acme', 'Line one\nline two']);
  });

  it('gives no rows for an empty file or N = 0', async () => {
    expect(await readFirstRows(source('Id\n', new Float64Array(0)), 5)).toEqual([]);
    expect(await readFirstRows(source(text, offsetsOf(header, rows, 0)), 0)).toEqual([]);
  });
});
