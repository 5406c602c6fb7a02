/**
 * Source rows read again from the File through the row index (issue 6, design.md §4): only the
 * bytes of the rows asked for (`file.slice` between their byte offsets), decoded and parsed with
 * the file's own settings. For the virtualised table of a group's rows: the file is never read
 * whole, and rows next to each other are read in one slice.
 */
import { createDecoder, type SupportedEncoding } from '../../csv/encodings';
import { parseCsvRecords } from '../../csv/parse-records';
import type { CsvDialect } from '../../csv/sniff-dialect';

export interface ReadSourceRowsInput {
  file: Blob;
  encoding: SupportedEncoding;
  /** BOM bytes before the header (row offsets already count them). */
  leadingBytes: number;
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;
  /** Byte offset where each data row starts (the drop step's row index). */
  rowOffsets: Float64Array;
  /** 0-based data rows, in any order. */
  rows: readonly number[];
}

/** Rows closer than this many bytes are read in one slice (fewer reads, a little more parsing). */
export const MERGE_GAP_BYTES = 64 * 1024;

/** The cells of each row asked for, in the order asked; throws for a row beyond the index. */
export async function readSourceRows(input: ReadSourceRowsInput): Promise<string[][]> {
  const { file, rowOffsets, rows } = input;
  for (const row of rows) {
    if (!Number.isInteger(row) || row < 0 || row >= rowOffsets.length)
      throw new RangeError(`Row ${row + 1} is not in the file (it has ${rowOffsets.length} rows).`);
  }
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const spans = spansOf(sorted, rowOffsets);
  const read = new Map<number, string[]>();
  await Promise.all(
    spans.map(async ({ first, last }) => {
      const start = rowOffsets[first] as number;
      const end = rowOffsets[last + 1] ?? file.size;
      const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
      const records = parseCsvRecords(createDecoder(input.encoding).decode(bytes), input.dialect);
      for (let row = first; row <= last; row++) read.set(row, records[row - first] ?? []);
    }),
  );
  return rows.map((row) => read.get(row) ?? []);
}

/** Runs of rows to read in one slice each: sorted rows whose bytes lie close together. */
function spansOf(sorted: readonly number[], offsets: Float64Array) {
  const spans: { first: number; last: number }[] = [];
  for (const row of sorted) {
    const span = spans.at(-1);
    const gap = span ? (offsets[row] as number) - (offsets[span.last + 1] as number) : Infinity;
    if (span && gap <= MERGE_GAP_BYTES) span.last = row;
    else spans.push({ first: row, last: row });
  }
  return spans;
}
