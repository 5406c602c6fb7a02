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
/** UTF-8 is handed to a Blob in pieces of at most this many bytes, keeping it off the JS heap. */
export const BULK_CSV_PIECE_BYTES = 4 * 1024 * 1024;
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

const CHAR_LF = 0x0a;
const CHAR_CR = 0x0d;
const CHAR_QUOTE = 0x22;
const CHAR_COMMA = 0x2c;
const INITIAL_ROW_BYTES = 4096;
/** A job's first piece buffer; small jobs (a trial, tests) never need the full size. */
const FIRST_PIECE_BYTES = 64 * 1024;

/**
 * Writes Bulk CSV lines as UTF-8 straight into one reused byte buffer: the per-row path of a
 * prepare pass makes no strings, and the bytes it counts are the bytes sent. Same output as
 * `encodeBulkCsvRow` through TextEncoder (a lone surrogate becomes U+FFFD, as in a Blob).
 */
export class BulkCsvRowEncoder {
  /** The last encoded line is `bytes[0, length)`; overwritten by the next encode. */
  bytes: Uint8Array<ArrayBuffer> = new Uint8Array(INITIAL_ROW_BYTES);
  length = 0;

  /** Encodes one row, line ending included; returns its UTF-8 byte length. */
  encodeRow(values: readonly string[]): number {
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? '';
      // Room for every character as 3 bytes (a doubled quote is 2), two quotes and a separator.
      this.reserve(at + value.length * 3 + 3);
      if (i > 0) this.bytes[at++] = CHAR_COMMA;
      at = this.writeValue(value, at);
    }
    this.reserve(at + 1);
    this.bytes[at++] = CHAR_LF;
    this.length = at;
    return at;
  }

  /** Encodes a line already made by `encodeBulkCsvRow`, as it is; returns its byte length. */
  encodeLine(line: string): number {
    this.reserve(line.length * 3);
    this.length = writeUtf8(line, this.bytes, 0, 0, line.length);
    return this.length;
  }

  /** A value unquoted, or quoted with its quotes doubled once a `"`, `,`, CR or LF shows up. */
  private writeValue(value: string, start: number): number {
    const bytes = this.bytes;
    let at = start;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80) return writeUtf8(value, bytes, at, i, value.length, start);
      if (c === CHAR_QUOTE || c === CHAR_COMMA || c === CHAR_LF || c === CHAR_CR)
        return writeQuoted(value, bytes, start);
      bytes[at++] = c;
    }
    return at;
  }

  private reserve(size: number): void {
    if (size <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < size) capacity *= 2;
    const bytes = new Uint8Array(capacity);
    bytes.set(this.bytes);
    this.bytes = bytes;
  }
}

/**
 * UTF-8 of `text[from, to)` at `at`; returns the end. With `valueStart` the text is one CSV value
 * whose first `from` characters were written plainly from `valueStart`: it is written again,
 * quoted, if a character that needs quotes follows.
 */
function writeUtf8(
  text: string,
  bytes: Uint8Array,
  at: number,
  from: number,
  to: number,
  valueStart = -1,
): number {
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (
        valueStart >= 0 &&
        (c === CHAR_QUOTE || c === CHAR_COMMA || c === CHAR_LF || c === CHAR_CR)
      )
        return writeQuoted(text, bytes, valueStart);
      bytes[at++] = c;
    } else if (c < 0x800) {
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
          bytes[at++] = 0x80 | (point & 0x3f);
          i++;
          continue;
        }
        c = 0xfffd; // a lone surrogate, as TextEncoder and Blob write it
      }
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}

/** `"value"` with each `"` doubled, from `start`. */
function writeQuoted(value: string, bytes: Uint8Array, start: number): number {
  let at = start;
  bytes[at++] = CHAR_QUOTE;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) !== CHAR_QUOTE) continue;
    at = writeUtf8(value, bytes, at, from, i + 1);
    bytes[at++] = CHAR_QUOTE;
    from = i + 1;
  }
  at = writeUtf8(value, bytes, at, from, value.length);
  bytes[at++] = CHAR_QUOTE;
  return at;
}

export interface BulkCsvBody {
  blob: Blob;
  bytes: number;
  rows: number;
}

/**
 * Accumulates one job's CSV body as UTF-8 in a piece buffer, handed to a Blob whenever it is
 * full. Callers that cut jobs encode a row first (a BulkCsvRowEncoder), check `fits`, and start
 * a new writer when it does not.
 */
export class BulkCsvWriter {
  private readonly pieces: Blob[] = [];
  private readonly encoder = new BulkCsvRowEncoder();
  private piece: Uint8Array<ArrayBuffer> | null = null;
  private pieceBytes = 0;
  private byteCount = 0;
  private rowCount = 0;
  readonly headerBytes: number;

  constructor(headers: readonly string[]) {
    this.headerBytes = this.encoder.encodeRow(headers);
    this.append(this.encoder.bytes, this.headerBytes);
    this.byteCount = this.headerBytes;
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
    const bytes = this.encoder.encodeRow(values);
    this.writeEncodedBytes(this.encoder.bytes, bytes);
    return bytes;
  }

  /** Appends a line from `encodeBulkCsvRow` whose size the caller already measured. */
  writeEncodedRow(line: string, byteLength: number): void {
    this.append(this.encoder.bytes, this.encoder.encodeLine(line));
    this.byteCount += byteLength;
    this.rowCount++;
  }

  /** Appends a line from a BulkCsvRowEncoder: its first `byteLength` bytes. */
  writeEncodedBytes(line: Uint8Array<ArrayBuffer>, byteLength: number): void {
    this.append(line, byteLength);
    this.byteCount += byteLength;
    this.rowCount++;
  }

  finish(): BulkCsvBody {
    this.flush();
    this.piece = null;
    return {
      blob: new Blob(this.pieces, { type: 'text/csv' }),
      bytes: this.byteCount,
      rows: this.rowCount,
    };
  }

  private append(line: Uint8Array<ArrayBuffer>, length: number): void {
    if (length > BULK_CSV_PIECE_BYTES) {
      this.flush();
      this.pieces.push(new Blob([line.subarray(0, length)]));
      return;
    }
    let piece = this.piece;
    if (piece === null || this.pieceBytes + length > piece.length) {
      if (this.pieceBytes + length > BULK_CSV_PIECE_BYTES) this.flush();
      if (piece === null || this.pieceBytes + length > piece.length)
        piece = this.grownPiece(this.pieceBytes + length);
    }
    let at = this.pieceBytes;
    for (let i = 0; i < length; i++) piece[at++] = line[i] as number;
    this.pieceBytes = at;
  }

  /** The piece buffer, doubled from FIRST_PIECE_BYTES up to BULK_CSV_PIECE_BYTES as it fills. */
  private grownPiece(size: number): Uint8Array<ArrayBuffer> {
    const old = this.piece;
    let capacity = old === null ? FIRST_PIECE_BYTES : old.length;
    while (capacity < size) capacity *= 2;
    const piece = new Uint8Array(Math.min(capacity, BULK_CSV_PIECE_BYTES));
    if (old !== null) piece.set(old.subarray(0, this.pieceBytes));
    this.piece = piece;
    return piece;
  }

  /** The Blob copies the bytes, so the piece buffer is reused. */
  private flush(): void {
    if (this.pieceBytes === 0 || this.piece === null) return;
    this.pieces.push(new Blob([this.piece.subarray(0, this.pieceBytes)]));
    this.pieceBytes = 0;
  }
}
