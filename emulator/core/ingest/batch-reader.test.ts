import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { BatchReader } from './batch-reader';
import { UploadReader } from './upload-reader';

const CSV = 'K,Name\nA,"one\ntwo"\n\nB,x\nC,y\n"D,z\n';

function rowsOf(reader: BatchReader | UploadReader) {
  const rows: unknown[] = [];
  for (let row = reader.readRow(); row !== undefined; row = reader.readRow()) {
    rows.push({
      row,
      start: reader.rowStart,
      pos: reader.pos,
      blank: reader.blank,
      bad: reader.malformed,
    });
  }
  return rows;
}

describe('BatchReader', () => {
  it('serves read-ahead rows exactly as the upload reader reads them', () => {
    const bytes = Buffer.from(CSV);
    const plain = new UploadReader(bytes, ',');
    const batched = new BatchReader(new UploadReader(bytes, ','));
    expect(batched.readAhead(2, 0, true)).toEqual(['K', 'A']);
    expect(rowsOf(batched)).toEqual(rowsOf(plain));
    expect(batched.done).toBe(true);
  });

  it('skips blank lines in the keys but keeps them as rows, and carries unread rows over', () => {
    const reader = new BatchReader(new UploadReader(Buffer.from(CSV), ','));
    reader.readRow();
    expect(reader.readAhead(2, 0, true)).toEqual(['A', 'B']);
    expect(reader.readRow()).toEqual(['A', 'one\ntwo']);
    expect(reader.readAhead(3, 1, true)).toEqual(['x', 'y', '']);
    expect(reader.readRow()).toEqual(['']);
    expect(reader.blank).toBe(true);
    expect(reader.readRow()).toEqual(['B', 'x']);
    expect(reader.readRow()).toEqual(['C', 'y']);
    expect(reader.readRow()).toEqual(['D,z\n']);
    expect(reader.malformed).toBe(true);
    expect(reader.readRow()).toBeUndefined();
  });
});
