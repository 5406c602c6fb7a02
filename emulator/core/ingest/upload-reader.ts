/**
 * Reads the rows of an uploaded CSV kept as bytes (salesforce-api.md §1.4: up to ~112 MB), a
 * window of about 1 MB at a time: each window is decoded from UTF-8 once and read with CsvCursor.
 * The upload is never held twice (bytes and text), and values sliced from a window keep only
 * that window alive. Rows are addressed by byte offset, so results can re-read any row later.
 */
import { Buffer, isAscii } from 'node:buffer';
import { CsvCursor } from './csv-reader';
import type { RowTerminator } from './csv-reader';

/** How many bytes a window decodes (then extended to the next line break). */
const WINDOW_BYTES = 1 << 20;
const LF = 10;

export class UploadReader {
  /** Byte offset of the row last read, and of the row after it. */
  rowStart = 0;
  pos: number;
  terminator: RowTerminator = 'EOF';
  malformed = false;
  blank = false;
  private window = '';
  private windowStart = 0;
  private windowEnd = 0;
  private ascii = true;
  private cursor = new CsvCursor('', ',');
  /** Last char→byte mapping in a non-ASCII window, so mapping is linear over the window. */
  private mappedChar = 0;
  private mappedByte = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly delimiter: string,
    start = 0,
    private readonly windowBytes = WINDOW_BYTES,
  ) {
    this.pos = start;
    this.windowStart = start;
    this.windowEnd = start;
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** The next row (see CsvCursor.readRow for `onlyColumn`); undefined at the end. */
  readRow(onlyColumn = -1): string[] | undefined {
    let grow = false;
    for (;;) {
      const charStart = this.cursor.pos;
      if (charStart >= this.window.length || grow) {
        const from = grow ? this.windowStart : this.pos;
        if (from >= this.bytes.length) return undefined;
        this.load(from, grow ? (this.windowEnd - this.windowStart) * 2 : this.windowBytes);
        grow = false;
        continue;
      }
      const row = this.cursor.readRow(onlyColumn);
      if (row === undefined) return undefined;
      if (this.cursor.terminator === 'EOF' && this.windowEnd < this.bytes.length) {
        // The row runs past the window (a quoted line break at its edge): read it again from a
        // window that starts with it, twice as large if it already did.
        if (charStart === 0) grow = true;
        else this.load(this.byteOf(charStart), this.windowBytes);
        continue;
      }
      this.rowStart = this.byteOf(charStart);
      this.pos = this.byteOf(this.cursor.pos);
      this.terminator = this.cursor.terminator;
      this.malformed = this.cursor.malformed;
      this.blank = this.cursor.blank;
      return row;
    }
  }

  private load(from: number, size: number): void {
    let end = Math.min(this.bytes.length, from + size);
    if (end < this.bytes.length) {
      const lineBreak = this.bytes.indexOf(LF, end - 1);
      end = lineBreak === -1 ? this.bytes.length : lineBreak + 1;
    }
    // An ASCII window decodes several times faster as Latin-1 (same characters). Buffer#toString
    // keeps a leading BOM (Salesforce reads it into the first header); TextDecoder would drop it.
    const ascii = isAscii(this.bytes.subarray(from, end));
    this.window = this.bytes.toString(ascii ? 'latin1' : 'utf8', from, end);
    this.windowStart = from;
    this.windowEnd = end;
    this.ascii = ascii;
    this.mappedChar = 0;
    this.mappedByte = from;
    this.cursor = new CsvCursor(this.window, this.delimiter);
  }

  private byteOf(charPos: number): number {
    if (this.ascii) return this.windowStart + charPos;
    if (charPos < this.mappedChar) {
      this.mappedChar = 0;
      this.mappedByte = this.windowStart;
    }
    this.mappedByte += Buffer.byteLength(this.window.slice(this.mappedChar, charPos));
    this.mappedChar = charPos;
    return this.mappedByte;
  }
}

/** The values of the row stored at bytes [start, end). */
export function readRowAt(bytes: Buffer, delimiter: string, start: number, end: number): string[] {
  return new CsvCursor(bytes.toString('utf8', start, end), delimiter).readRow() ?? [];
}

/**
 * True when some row ends with the other line ending than the job's (§2: "it must match the
 * file"). Line breaks inside quoted values do not count. Fast paths first: an LF job whose bytes
 * hold no CRLF, and a CRLF job whose every LF follows a CR.
 */
export function hasForeignLineEnding(
  bytes: Buffer,
  delimiter: string,
  lineEnding: 'LF' | 'CRLF',
): boolean {
  if (lineEnding === 'LF' ? bytes.indexOf('\r\n') === -1 : everyLfFollowsCr(bytes)) return false;
  const reader = new UploadReader(bytes, delimiter);
  while (reader.readRow(0) !== undefined) {
    if (reader.terminator !== 'EOF' && reader.terminator !== lineEnding) return true;
  }
  return false;
}

function everyLfFollowsCr(bytes: Buffer): boolean {
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) {
    if (i === 0 || bytes[i - 1] !== 13) return false;
  }
  return true;
}
