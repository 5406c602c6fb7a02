import { isAscii, utf8ByteLength } from './text-bytes';

/**
 * The one Bulk API CSV writer: the mapping preview, preflight and the real upload all use it, so
 * what the user previews is byte for byte what Salesforce receives (design.md §4).
 * Comma and LF always (the job is created with COMMA / LF); RFC 4180 quoting only where a value
 * needs it: a comma, a double quote, CR or LF. Spaces are data and are not quoted, since Bulk API
 * does not trim (salesforce-api.md §2).
 */
export const BULK_CSV_DELIMITER = ',';
export const BULK_CSV_LINE_ENDING = '\n';
/** Text is handed to a Blob in pieces of about this many characters, keeping it off the JS heap. */
export const BULK_CSV_PIECE_CHARS = 4 * 1024 * 1024;
/**
 * Upload limit per job: 150 MB after base64 (salesforce-api.md §1.13), i.e. 112.5 MB of CSV;
 * 100 MB leaves room for the request around it.
 */
export const BULK_JOB_MAX_CSV_BYTES = 100_000_000;

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

export function encodeBulkCsvValue(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

/** One CSV line, line ending included. */
export function encodeBulkCsvRow(values: readonly string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += BULK_CSV_DELIMITER;
    line += encodeBulkCsvValue(values[i] ?? '');
  }
  return line + BULK_CSV_LINE_ENDING;
}

/** UTF-8 bytes of an encoded line (Salesforce's limits are in bytes of UTF-8). */
export function bulkCsvByteLength(line: string): number {
  return isAscii(line) ? line.length : utf8ByteLength(line);
}

/** The whole CSV as text, for previews of the first rows. */
export function writeBulkCsvText(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  let text = encodeBulkCsvRow(headers);
  for (const row of rows) text += encodeBulkCsvRow(row);
  return text;
}

export interface BulkCsvBody {
  blob: Blob;
  bytes: number;
  rows: number;
}

/**
 * Accumulates one job's CSV body. Callers that cut jobs encode a row first, check `fits`, and
 * start a new writer when it does not.
 */
export class BulkCsvWriter {
  private readonly pieces: Blob[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private byteCount = 0;
  private rowCount = 0;
  readonly headerBytes: number;

  constructor(headers: readonly string[]) {
    const header = encodeBulkCsvRow(headers);
    this.headerBytes = bulkCsvByteLength(header);
    this.append(header, this.headerBytes);
  }

  /** UTF-8 bytes written so far, header included. */
  get bytes(): number {
    return this.byteCount;
  }

  /** Data rows written so far. */
  get rows(): number {
    return this.rowCount;
  }

  /** Whether a line of `byteLength` bytes still fits under `limitBytes`. */
  fits(byteLength: number, limitBytes: number): boolean {
    return this.byteCount + byteLength <= limitBytes;
  }

  /** Encodes and appends a row; returns its UTF-8 byte length. */
  writeRow(values: readonly string[]): number {
    const line = encodeBulkCsvRow(values);
    const bytes = bulkCsvByteLength(line);
    this.writeEncodedRow(line, bytes);
    return bytes;
  }

  /** Appends a line from `encodeBulkCsvRow` whose size the caller already measured. */
  writeEncodedRow(line: string, byteLength: number): void {
    this.append(line, byteLength);
    this.rowCount++;
  }

  finish(): BulkCsvBody {
    this.flush();
    return {
      blob: new Blob(this.pieces, { type: 'text/csv' }),
      bytes: this.byteCount,
      rows: this.rowCount,
    };
  }

  private append(line: string, byteLength: number): void {
    this.pending.push(line);
    this.pendingChars += line.length;
    this.byteCount += byteLength;
    if (this.pendingChars >= BULK_CSV_PIECE_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.pieces.push(new Blob(this.pending));
    this.pending = [];
    this.pendingChars = 0;
  }
}
