/**
 * The first rows of the dropped file, read again for the org check: only the bytes of the first
 * N data rows (found through `rowOffsets`), decoded and parsed with the file's own settings.
 */
import { createDecoder, type SupportedEncoding } from '../../csv/encodings';
import { parseCsvSample } from '../../csv/parse-sample';
import type { CsvDialect } from '../../csv/sniff-dialect';

export interface SampleSource {
  file: Blob;
  encoding: SupportedEncoding;
  /** BOM bytes before the header. */
  leadingBytes: number;
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;
  /** Byte offset of each data row (header and blank lines excluded); null when not known. */
  rowOffsets: Float64Array | null;
}

export const DEFAULT_ORG_CHECK_ROWS = 2000;
/** Without row offsets, the most bytes read to find the first rows. */
const HEAD_BYTES = 8 * 1024 * 1024;

/** The first `maxRows` data rows as cells; row i of the answer is data row i of the file. */
export async function readFirstRows(source: SampleSource, maxRows: number): Promise<string[][]> {
  if (maxRows <= 0) return [];
  const { file, rowOffsets } = source;
  if (rowOffsets === null) return readFromHead(source, maxRows);
  const start = rowOffsets[0];
  if (start === undefined) return [];
  const end = rowOffsets[maxRows] ?? file.size;
  const text = await decode(file.slice(start, end), source.encoding, false);
  // The slice starts at a data row: its first record comes back as the "header".
  const { header, rows } = parseCsvSample(text, source.dialect, {
    truncated: false,
    maxRows: maxRows - 1,
  });
  return header.length === 0 ? rows : [header, ...rows];
}

async function readFromHead(source: SampleSource, maxRows: number): Promise<string[][]> {
  const end = Math.min(source.file.size, source.leadingBytes + HEAD_BYTES);
  const truncated = end < source.file.size;
  const text = await decode(
    source.file.slice(source.leadingBytes, end),
    source.encoding,
    truncated,
  );
  return parseCsvSample(text, source.dialect, { truncated, maxRows }).rows;
}

async function decode(bytes: Blob, encoding: SupportedEncoding, truncated: boolean) {
  return createDecoder(encoding).decode(new Uint8Array(await bytes.arrayBuffer()), {
    stream: truncated,
  });
}

/** One column of the rows (blank when a short row lacks it). */
export function columnValues(rows: readonly (readonly string[])[], column: number): string[] {
  return rows.map((row) => row[column] ?? '');
}
