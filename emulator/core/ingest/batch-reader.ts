/**
 * The rows of an upload, read once even when a batch must be seen whole before it is written
 * (upsert's duplicate-key check, salesforce-api.md §1.13): `readAhead` reads the next batch's rows
 * into a buffer and hands back their key column; `readRow` then serves the buffered rows before
 * reading on. Same fields as UploadReader (rowStart, pos, blank, malformed, done).
 */
import type { UploadReader } from './upload-reader';

const MALFORMED = 1;
const BLANK = 2;

export class BatchReader {
  rowStart = 0;
  pos: number;
  malformed = false;
  blank = false;
  private rows: string[][] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private flags: number[] = [];
  private next = 0;

  constructor(private readonly reader: UploadReader) {
    this.pos = reader.pos;
  }

  /** True once every row was read (buffered ones included). */
  get done(): boolean {
    return this.next >= this.rows.length && this.reader.done;
  }

  /** The next row, from the buffer first; undefined at the end. */
  readRow(): string[] | undefined {
    if (this.next < this.rows.length) {
      const i = this.next++;
      this.rowStart = this.starts[i] ?? 0;
      this.pos = this.ends[i] ?? 0;
      const flags = this.flags[i] ?? 0;
      this.malformed = (flags & MALFORMED) !== 0;
      this.blank = (flags & BLANK) !== 0;
      return this.rows[i];
    }
    const reader = this.reader;
    const row = reader.readRow();
    if (row === undefined) return undefined;
    this.rowStart = reader.rowStart;
    this.pos = reader.pos;
    this.malformed = reader.malformed;
    this.blank = reader.blank;
    return row;
  }

  /**
   * Reads ahead the next `count` rows that count (blank lines are buffered but skipped when
   * `skipBlank`), and returns their values of `column` ('' where a row has none).
   */
  readAhead(count: number, column: number, skipBlank: boolean): string[] {
    const rows: string[][] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const flags: number[] = [];
    // Rows buffered but not yet served come first.
    for (let i = this.next; i < this.rows.length; i++) {
      rows.push(this.rows[i] as string[]);
      starts.push(this.starts[i] ?? 0);
      ends.push(this.ends[i] ?? 0);
      flags.push(this.flags[i] ?? 0);
    }
    const keys: string[] = [];
    const reader = this.reader;
    let i = 0;
    for (; keys.length < count; i++) {
      let row: string[] | undefined;
      let blank: boolean;
      if (i < rows.length) {
        row = rows[i];
        blank = ((flags[i] ?? 0) & BLANK) !== 0;
      } else {
        row = reader.readRow();
        if (row === undefined) break;
        rows.push(row);
        starts.push(reader.rowStart);
        ends.push(reader.pos);
        flags.push((reader.malformed ? MALFORMED : 0) | (reader.blank ? BLANK : 0));
        blank = reader.blank;
      }
      if (blank && skipBlank) continue;
      keys.push(row?.[column] ?? '');
    }
    this.rows = rows;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.next = 0;
    return keys;
  }
}
