/**
 * Writes a CSV file for people (downloads of the results page) in a given dialect, into a Blob
 * built from ~4 MB pieces: the text never sits whole on the JS heap, so a million-row file is
 * fine. Unlike the Bulk CSV writer (comma, LF, always), the delimiter, quote character and line
 * ending are the source file's own, so a fixed file can be dropped again as it came. Fields are
 * quoted only where they need it (delimiter, quote, CR, LF, or a leading/trailing space that a
 * spreadsheet could trim).
 */
import type { CsvDialect } from './sniff-dialect';

/** Characters held before they become a Blob piece (at most ~4 MB of UTF-8 for ASCII text). */
export const CSV_BLOB_PIECE_CHARS = 4 * 1024 * 1024;

export type CsvWriteDialect = Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;

export function encodeCsvField(value: string, dialect: CsvWriteDialect): string {
  const { delimiter, quoteChar } = dialect;
  const needs =
    value.includes(delimiter) ||
    value.includes(quoteChar) ||
    value.includes('\n') ||
    value.includes('\r') ||
    (value.length > 0 && (value[0] === ' ' || value[value.length - 1] === ' '));
  return needs ? quoteChar + value.split(quoteChar).join(quoteChar + quoteChar) + quoteChar : value;
}

export function encodeCsvLine(cells: readonly string[], dialect: CsvWriteDialect): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += dialect.delimiter;
    line += encodeCsvField(cells[i] ?? '', dialect);
  }
  return line + dialect.newline;
}

export class CsvBlobWriter {
  private readonly pieces: Blob[] = [];
  private text = '';
  /** Data rows written (the header is not counted). */
  rows = 0;
  private readonly pieceChars: number;

  constructor(
    private readonly dialect: CsvWriteDialect,
    header: readonly string[],
    options: { byteOrderMark?: boolean; pieceChars?: number } = {},
  ) {
    this.pieceChars = options.pieceChars ?? CSV_BLOB_PIECE_CHARS;
    if (options.byteOrderMark) this.text = '\uFEFF';
    this.text += encodeCsvLine(header, dialect);
  }

  writeRow(cells: readonly string[]): void {
    this.text += encodeCsvLine(cells, this.dialect);
    this.rows++;
    if (this.text.length >= this.pieceChars) this.flush();
  }

  finish(): Blob {
    this.flush();
    return new Blob(this.pieces, { type: 'text/csv;charset=utf-8' });
  }

  private flush(): void {
    if (this.text === '') return;
    this.pieces.push(new Blob([this.text]));
    this.text = '';
  }
}
