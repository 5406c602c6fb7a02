import type { CsvProblem } from '../../csv/csv-problem';
import type { SupportedEncoding } from '../../csv/encodings';
import type { MalformedRow } from '../../csv/malformed-row';
import type { CsvDialect } from '../../csv/sniff-dialect';

/** How the file is read: the same settings serve every later pass over it. */
export interface CsvReading {
  /** The dropped file itself (never copied); read again by byte range with `file.slice`. */
  file: File;
  encoding: SupportedEncoding;
  /** BOM bytes before the first character, skipped by the decoder. */
  leadingBytes: number;
  dialect: CsvDialect;
}

/** The header and first rows, from the first bytes of the file: available at once. */
export interface CsvPreview extends CsvReading {
  header: string[];
  /** Up to 50 data rows, fewer when the first 64 KB hold fewer. */
  rows: string[][];
}

/** The whole file, read to the end: what the Map step and the later passes work from. */
export interface ParsedCsv extends CsvReading {
  header: string[];
  /** Warnings about the header (blank or duplicate names); errors stop the drop step instead. */
  headerProblems: CsvProblem[];
  /** The first data rows (up to `FIRST_ROWS`), for value-format detection and previews. */
  firstRows: string[][];
  /** Data rows, header and blank lines excluded. */
  rowCount: number;
  bytes: number;
  blankLines: number;
  /** Byte offset where each data row starts: row i is `file.slice(rowOffsets[i], rowOffsets[i + 1])`. */
  rowOffsets: Float64Array;
  /** Rows whose shape does not fit the header (the first 1,000), with line numbers and reasons. */
  malformed: MalformedRow[];
  malformedCount: number;
}

/** Data rows the full pass sends back for format detection. */
export const FIRST_ROWS = 200;
